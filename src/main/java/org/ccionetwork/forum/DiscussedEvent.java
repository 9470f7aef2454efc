package org.ccionetwork.forum;

import java.time.Instant;

/**
 * What the forum knows of an event it discusses, as the events module sends it: enough for the thread page to
 * show the event's date and place and link back, without reading the events module's tables.
 *
 * @param when the date and time as the event page writes it ({@code 25 November 2026, 18:00 to 20:00})
 * @param where the venue, "Online", or both
 */
public record DiscussedEvent(long eventId, String slug, String title, String when, String where, Instant endsAt) {

    public String href() {
        return "/events/" + slug;
    }
}
