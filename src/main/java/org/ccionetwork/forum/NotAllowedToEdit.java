package org.ccionetwork.forum;

/** Only a post's author or a moderator may edit it. */
public final class NotAllowedToEdit extends RuntimeException {

    private NotAllowedToEdit(String message) {
        super(message, null, false, false);
    }

    public static NotAllowedToEdit post(long id) {
        return new NotAllowedToEdit("Only the author or a moderator may edit post #" + id);
    }
}
