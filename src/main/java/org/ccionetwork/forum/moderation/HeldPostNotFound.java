package org.ccionetwork.forum.moderation;

/** No post waiting for a moderator with this id: never held, or already approved or turned down. */
public final class HeldPostNotFound extends RuntimeException {

    private HeldPostNotFound(String message) {
        super(message, null, false, false);
    }

    public static HeldPostNotFound forId(long id) {
        return new HeldPostNotFound("No post #" + id + " waiting for a moderator");
    }
}
