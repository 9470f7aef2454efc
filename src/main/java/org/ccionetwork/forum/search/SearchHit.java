package org.ccionetwork.forum.search;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/**
 * A search result. {@code snippetHtml} is escaped text with the matches in {@code <mark>}; no author is named
 * for a Chatham House category.
 */
public record SearchHit(long postId, long threadId, String threadTitle, String categoryName, boolean question,
        boolean chathamHouse, long authorId, String authorName, Instant createdAt, String snippetHtml) {

    public String href() {
        return "/community/p/" + postId;
    }

    public String created() {
        return Dates.date(createdAt);
    }

    SearchHit named(String name) {
        return new SearchHit(postId, threadId, threadTitle, categoryName, question, chathamHouse, authorId,
                chathamHouse ? null : name, createdAt, snippetHtml);
    }
}
