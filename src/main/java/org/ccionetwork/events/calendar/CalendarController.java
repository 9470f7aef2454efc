package org.ccionetwork.events.calendar;

import org.ccionetwork.events.EventNotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** iCalendar downloads and subscriptions. */
@Controller
class CalendarController {

    private static final MediaType CALENDAR = MediaType.parseMediaType(EventCalendar.CONTENT_TYPE);

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/events/calendar.ics")
    ResponseEntity<String> programme() {
        return ics(calendars.programme(), "ccio-network-events.ics", CacheControl.noCache().cachePublic());
    }

    @GetMapping("/events/{slug}.ics")
    ResponseEntity<String> event(@PathVariable String slug) {
        String body = calendars.event(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        return ics(body, slug + ".ics", CacheControl.noCache());
    }

    /** The private feed: whoever has the address sees the member's events, so it is never cached by others. */
    @GetMapping("/events/feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        String body = calendars.privateFeed(token).orElseThrow(CalendarFeedNotFound::forToken);
        return ics(body, "my-events.ics", CacheControl.noStore().cachePrivate());
    }

    private static ResponseEntity<String> ics(String body, String filename, CacheControl cache) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
                .body(body);
    }
}
