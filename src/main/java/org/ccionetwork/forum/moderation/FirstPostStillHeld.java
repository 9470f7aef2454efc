package org.ccionetwork.forum.moderation;

/** A held reply cannot be approved while the first post of its thread still waits for a moderator. */
public final class FirstPostStillHeld extends RuntimeException {

    private FirstPostStillHeld(String message) {
        super(message, null, false, false);
    }

    public static FirstPostStillHeld inThread(long threadId) {
        return new FirstPostStillHeld("Approve the first post of thread #" + threadId + " before its replies");
    }
}
