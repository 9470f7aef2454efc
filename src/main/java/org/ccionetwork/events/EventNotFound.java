package org.ccionetwork.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No event with that address, or one the viewer may not see (a draft). Shown as the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EventNotFound extends RuntimeException {

    private EventNotFound(String message) {
        super(message, null, false, false);
    }

    static EventNotFound forSlug(String slug) {
        return new EventNotFound("No event " + slug);
    }
}
