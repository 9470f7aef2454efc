package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;

/**
 * An article. It is public once published and its publication time has come; before that time it is
 * scheduled.
 */
public record Article(long id, String slug, String title, String standfirst, String bodyMarkdown, String bodyHtml,
        List<String> topics, Long authorId, String authorName, ArticleStatus status, boolean membersOnly,
        boolean featured, Instant publishedAt, Instant createdAt, Instant updatedAt) {

    public Article {
        topics = List.copyOf(topics);
    }

    public boolean visibleAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    /** Draft, Scheduled or Published, as editors see it. */
    public String stateAt(Instant now) {
        if (status == ArticleStatus.DRAFT) {
            return "Draft";
        }
        return visibleAt(now) ? "Published" : "Scheduled";
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, slug, title, standfirst, topics, authorName, membersOnly, featured, publishedAt);
    }
}
