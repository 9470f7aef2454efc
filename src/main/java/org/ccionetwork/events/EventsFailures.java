package org.ccionetwork.events;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.events.calendar.CalendarFeedNotFound;
import org.ccionetwork.events.materials.MaterialNotFound;
import org.ccionetwork.events.registration.NotCheckedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * How the events module fails: each fact becomes its status, and the shared error page (or problem JSON under
 * {@code /api/}) says it in plain words. A capacity below the places confirmed is not here: the form shows it.
 */
@ControllerAdvice
class EventsFailures {

    @ExceptionHandler({EventNotFound.class, MaterialNotFound.class, CalendarFeedNotFound.class, NotCheckedIn.class})
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
