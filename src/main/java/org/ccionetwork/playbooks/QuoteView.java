package org.ccionetwork.playbooks;

/**
 * A quote as one reader sees it, decided once by {@link #of}: the words, or why they are not shown; who said them
 * ("a member" until the author agrees, never a name under the Chatham House rule); and whether the post changed.
 */
public record QuoteView(Quote quote, Shown shown, String attribution, boolean editedSince) {

    public enum Shown {
        /** The words as quoted. */
        WORDS,
        /** For members only: the reader is a visitor. */
        MEMBERS_ONLY,
        /** Under the Chatham House rule, waiting for (or refused) the author's agreement; or the reader may not read it. */
        WITHHELD,
        /** The author took their words back. */
        REMOVED
    }

    static QuoteView of(Quote quote, boolean visitor, boolean readsChathamHouse, java.time.Instant editedAt) {
        Shown shown;
        if (quote.textRemoved()) {
            shown = Shown.REMOVED;
        } else if (quote.membersOnly() && visitor) {
            shown = Shown.MEMBERS_ONLY;
        } else if (quote.chathamHouse() && (quote.consent() != Quote.Consent.AGREED || !readsChathamHouse)) {
            shown = Shown.WITHHELD;
        } else {
            shown = Shown.WORDS;
        }
        boolean named = quote.consent() == Quote.Consent.AGREED && !quote.chathamHouse() && quote.authorName() != null;
        String attribution = !named ? "a member"
                : quote.authorOrganisation() == null || quote.authorOrganisation().isBlank() ? quote.authorName()
                : quote.authorName() + ", " + quote.authorOrganisation();
        boolean edited = editedAt != null && (quote.postEditedAt() == null || editedAt.isAfter(quote.postEditedAt()));
        return new QuoteView(quote, shown, attribution, edited);
    }

    public boolean words() {
        return shown == Shown.WORDS;
    }
}
