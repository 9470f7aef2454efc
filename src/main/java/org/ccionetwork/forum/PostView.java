package org.ccionetwork.forum;

import java.time.Instant;
import java.util.OptionalInt;

import org.ccionetwork.shared.Dates;

/**
 * A post on the thread page. {@code bodyHtml} was sanitised when it was saved. A held reply has no place in
 * the thread yet: its {@code position} is empty until a moderator approves it. Only published posts are shown
 * to others; a turned-down one carries the moderator's reason.
 */
public record PostView(long id, long threadId, OptionalInt position, long authorId, String authorName,
        String bodyMarkdown, String bodyHtml, int likeCount, Instant createdAt, Instant editedAt, String hiddenReason,
        boolean likedByViewer, PostState state, String rejectedReason) {

    public boolean published() {
        return state == PostState.PUBLISHED;
    }

    public boolean pending() {
        return state == PostState.PENDING;
    }

    public boolean rejected() {
        return state == PostState.REJECTED;
    }

    /** The post that opens its thread (held or not: a thread's first post always has place 0). */
    public boolean firstPost() {
        return position.isPresent() && position.getAsInt() == 0;
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public boolean edited() {
        return editedAt != null;
    }

    public String created() {
        return Dates.dateTime(createdAt);
    }

    public String edited_() {
        return Dates.dateTime(editedAt);
    }

    public String anchor() {
        return "post-" + id;
    }

    PostView withAuthor(String name, boolean liked) {
        return new PostView(id, threadId, position, authorId, name, bodyMarkdown, bodyHtml, likeCount, createdAt,
                editedAt, hiddenReason, liked, state, rejectedReason);
    }
}
