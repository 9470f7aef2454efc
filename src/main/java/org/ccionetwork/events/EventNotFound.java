package org.ccionetwork.events;

/** No event at that address, or one the viewer may not see (a draft). Shown as the 404 page. */
public final class EventNotFound extends RuntimeException {

    private EventNotFound(String message) {
        super(message, null, false, false);
    }

    public static EventNotFound forSlug(String slug) {
        return new EventNotFound("No event " + slug);
    }
}
