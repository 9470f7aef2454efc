package org.ccionetwork.events.calendar;

/** No private calendar feed at that address (never made, renewed since, or revoked). Shown as the 404 page. */
public final class CalendarFeedNotFound extends RuntimeException {

    private CalendarFeedNotFound(String message) {
        super(message, null, false, false);
    }

    /** The secret itself stays out of the message, so it cannot end up in a log. */
    public static CalendarFeedNotFound forToken() {
        return new CalendarFeedNotFound("No calendar feed at that address");
    }
}
