package org.ccionetwork.forum;

import java.time.Instant;

/** A thread as its page needs it, with its category, and the event it discusses ({@code event}, or null). */
public record ThreadDetail(long id, String slug, String title, Category category, long authorId, boolean question,
        Long acceptedPostId, boolean locked, int replyCount, Instant createdAt, Instant lastActivityAt,
        ThreadState state, DiscussedEvent event) {

    /** Published, rather than held for a moderator or turned down. */
    public boolean published() {
        return state == ThreadState.PUBLISHED;
    }

    public boolean pending() {
        return state == ThreadState.PENDING;
    }

    public String href() {
        return "/community/t/" + id + "/" + slug;
    }

    /** Posts in the thread: the first post and the replies. */
    public int postCount() {
        return replyCount + 1;
    }
}
