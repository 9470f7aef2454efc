package org.ccionetwork.forum;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** A forum category with its counters. Under the Chatham House rule, authors' names stay on the thread page. */
public record Category(long id, String slug, String name, String description, int position, boolean chathamHouse,
        int threadCount, int postCount, Instant lastActivityAt) {

    public String href() {
        return "/community/c/" + slug;
    }

    public String lastActivity() {
        return lastActivityAt == null ? "No threads yet" : Dates.dateTime(lastActivityAt);
    }
}
