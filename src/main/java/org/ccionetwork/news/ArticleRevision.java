package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;

/** One saved state of an article. */
public record ArticleRevision(long id, long articleId, String title, String standfirst, String bodyMarkdown,
        List<String> topics, boolean membersOnly, boolean featured, String savedByName, Instant savedAt) {

    public ArticleRevision {
        topics = List.copyOf(topics);
    }
}
