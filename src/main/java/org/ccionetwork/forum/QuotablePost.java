package org.ccionetwork.forum;

import java.time.Instant;

/**
 * A published post that a reader may see, as another module may quote it: its words as they are now, where it
 * is, and who wrote it. Peer support is for members only, so every quote of it is too; under the Chatham House
 * rule its author is never named.
 *
 * @param link the post's address on the site ({@code /community/p/…}, which finds its page of the thread)
 * @param editedAt when the post was last edited, or {@code null}
 */
public record QuotablePost(long postId, long threadId, String threadTitle, String categoryName, boolean chathamHouse,
        long authorId, String bodyMarkdown, Instant createdAt, Instant editedAt) {

    public String link() {
        return "/community/p/" + postId;
    }

    /** Peer support is for members only. */
    public boolean membersOnly() {
        return true;
    }
}
