package org.ccionetwork.shared;

/** What was asked for does not exist (or the viewer may not know it does); shown as a 404. */
public class NotFound extends RuntimeException {

    private NotFound(String message) {
        super(message, null, false, false);
    }

    public static NotFound of(String what, Object id) {
        return new NotFound("No " + what + " " + id);
    }
}
