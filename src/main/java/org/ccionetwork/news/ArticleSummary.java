package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;

/** An article in a list: everything but the body. */
public record ArticleSummary(long id, String slug, String title, String standfirst, List<String> topics,
        String authorName, boolean membersOnly, boolean featured, Instant publishedAt) {

    public ArticleSummary {
        topics = List.copyOf(topics);
    }
}
