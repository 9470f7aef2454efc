package org.ccionetwork.forum;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/**
 * A post on the thread page. {@code bodyHtml} was sanitised when it was saved. A held reply has no place in
 * the thread yet: its {@code position} is -1 until a moderator approves it. {@code state} is PENDING (held for
 * a moderator), PUBLISHED or REJECTED (with the moderator's reason); only published posts are shown to others.
 */
public record PostView(long id, long threadId, int position, long authorId, String authorName, String bodyMarkdown,
        String bodyHtml, int likeCount, Instant createdAt, Instant editedAt, String hiddenReason, boolean likedByViewer,
        String state, String rejectedReason) {

    public boolean published() {
        return "PUBLISHED".equals(state);
    }

    public boolean pending() {
        return "PENDING".equals(state);
    }

    public boolean rejected() {
        return "REJECTED".equals(state);
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
