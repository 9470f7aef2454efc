package org.ccionetwork.forum.moderation;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** A member's report of a post, as the moderators' queue shows it. */
public record Report(long id, long postId, long threadId, String threadTitle, String threadSlug, boolean threadLocked,
        long categoryId, long postAuthorId, String postAuthorName, String postHtml, boolean postHidden,
        long reporterId, String reporterName, String reason, Instant createdAt) {

    public String created() {
        return Dates.dateTime(createdAt);
    }

    public String postHref() {
        return "/community/p/" + postId;
    }

    Report named(String author, String reporter) {
        return new Report(id, postId, threadId, threadTitle, threadSlug, threadLocked, categoryId, postAuthorId, author,
                postHtml, postHidden, reporterId, reporter, reason, createdAt);
    }
}
