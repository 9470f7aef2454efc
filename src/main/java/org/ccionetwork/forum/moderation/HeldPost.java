package org.ccionetwork.forum.moderation;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/**
 * A post held for a moderator, in their queue. Under the Chatham House rule {@code authorName} is null: the
 * name stays on the thread page, where moderators see held posts too.
 */
public record HeldPost(long postId, long threadId, String threadTitle, String threadSlug, String categoryName,
        boolean chathamHouse, boolean firstPost, long authorId, String authorName, String bodyHtml, Instant createdAt) {

    public String threadHref() {
        return "/community/t/" + threadId + "/" + threadSlug;
    }

    public String created() {
        return Dates.dateTime(createdAt);
    }

    public String author() {
        return authorName == null ? "A member (Chatham House rule: the name is on the thread page)" : authorName;
    }

    HeldPost named(String name) {
        return new HeldPost(postId, threadId, threadTitle, threadSlug, categoryName, chathamHouse, firstPost, authorId,
                chathamHouse ? null : name, bodyHtml, createdAt);
    }
}
