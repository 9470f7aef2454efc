package org.ccionetwork.playbooks;

import java.time.Instant;

/**
 * A quote of a peer-support post, as stored: the words as quoted, and the author's name and organisation as
 * they were then, shown only as {@link QuoteView} decides.
 */
public record Quote(long id, long playbookId, long postId, long threadId, String threadTitle, boolean chathamHouse,
        boolean membersOnly, Long authorId, String authorName, String authorOrganisation, String textMarkdown,
        String textHtml, Instant postEditedAt, Consent consent, boolean textRemoved, Instant quotedAt) {

    public enum Consent { ASKED, AGREED, DECLINED }

    public String postHref() {
        return "/community/p/" + postId;
    }
}
