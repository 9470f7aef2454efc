package org.ccionetwork.forum;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/**
 * A thread in a list. Under the Chatham House rule the names are {@code null}: lists are not the thread page.
 */
public record ThreadSummary(long id, String slug, String title, long categoryId, String categorySlug,
        String categoryName, boolean chathamHouse, boolean question, boolean answered, boolean locked, int replyCount,
        Instant createdAt, Instant lastActivityAt, long authorId, long lastAuthorId, String authorName,
        String lastAuthorName, ThreadState state) {

    /** Held for a moderator: only its author (in their own list) sees it. */
    public boolean pending() {
        return state == ThreadState.PENDING;
    }

    public boolean rejected() {
        return state == ThreadState.REJECTED;
    }

    public String href() {
        return "/community/t/" + id + "/" + slug;
    }

    public String lastActivity() {
        return Dates.dateTime(lastActivityAt);
    }

    public Cursor cursor() {
        return new Cursor(lastActivityAt, id);
    }

    ThreadSummary named(String author, String lastAuthor) {
        return new ThreadSummary(id, slug, title, categoryId, categorySlug, categoryName, chathamHouse, question,
                answered, locked, replyCount, createdAt, lastActivityAt, authorId, lastAuthorId,
                chathamHouse ? null : author, chathamHouse ? null : lastAuthor, state);
    }
}
