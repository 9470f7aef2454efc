package org.ccionetwork.forum;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** An earlier version of a post, kept when it was edited; moderators see them. */
public record Revision(String title, String bodyMarkdown, long editedBy, Instant replacedAt, String editorName) {

    public String replaced() {
        return Dates.dateTime(replacedAt);
    }

    Revision named(String editor) {
        return new Revision(title, bodyMarkdown, editedBy, replacedAt, editor);
    }
}
