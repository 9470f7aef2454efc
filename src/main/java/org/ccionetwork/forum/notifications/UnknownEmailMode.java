package org.ccionetwork.forum.notifications;

/** An email setting the forum does not offer. */
public final class UnknownEmailMode extends RuntimeException {

    private UnknownEmailMode(String message) {
        super(message, null, false, false);
    }

    public static UnknownEmailMode named(String mode) {
        return new UnknownEmailMode("No email setting " + mode);
    }
}
