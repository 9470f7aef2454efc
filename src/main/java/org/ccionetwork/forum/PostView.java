package org.ccionetwork.forum;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** A post on the thread page. {@code bodyHtml} was sanitised when it was saved. */
public record PostView(long id, long threadId, int position, long authorId, String authorName, String bodyMarkdown,
        String bodyHtml, int likeCount, Instant createdAt, Instant editedAt, String hiddenReason, boolean likedByViewer) {

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
                editedAt, hiddenReason, liked);
    }
}
