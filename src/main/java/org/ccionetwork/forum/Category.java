package org.ccionetwork.forum;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.Dates;

/**
 * A forum category with its counters. Under the Chatham House rule, authors' names stay on the thread page.
 * {@code topics} are slugs of the shared list of topics that bring the category into the digest of members with
 * them among their interests.
 */
public record Category(long id, String slug, String name, String description, int position, boolean chathamHouse,
        int threadCount, int postCount, Instant lastActivityAt, List<String> topics) {

    public Category {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }


    public String href() {
        return "/community/c/" + slug;
    }

    public String lastActivity() {
        return lastActivityAt == null ? "No threads yet" : Dates.dateTime(lastActivityAt);
    }
}
