package org.ccionetwork.forum;

import java.time.Instant;

/** A thread as its page needs it, with its category. */
public record ThreadDetail(long id, String slug, String title, Category category, long authorId, boolean question,
        Long acceptedPostId, boolean locked, int replyCount, Instant createdAt, Instant lastActivityAt, String state) {

    /** Published, rather than held for a moderator (PENDING) or turned down (REJECTED). */
    public boolean published() {
        return "PUBLISHED".equals(state);
    }

    public boolean pending() {
        return "PENDING".equals(state);
    }

    public String href() {
        return "/community/t/" + id + "/" + slug;
    }

    /** Posts in the thread: the first post and the replies. */
    public int postCount() {
        return replyCount + 1;
    }
}
