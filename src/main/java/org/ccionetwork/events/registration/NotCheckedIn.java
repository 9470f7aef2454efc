package org.ccionetwork.events.registration;

/**
 * The member was not checked in at the event, so there is no feedback form or certificate for them. Shown as
 * the 404 page, as for an event that does not exist.
 */
public final class NotCheckedIn extends RuntimeException {

    private NotCheckedIn(String message) {
        super(message, null, false, false);
    }

    public static NotCheckedIn at(String slug) {
        return new NotCheckedIn("Not checked in at event " + slug);
    }
}
