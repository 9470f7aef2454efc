package org.ccionetwork.news.newsletter;

/** The records behind the newsletter's templates. */
public final class NewsletterPages {

    private NewsletterPages() {
    }

    /** The member's choice on their account page. */
    public record NewsletterPage(boolean subscribed) {
    }

    /** The page an unsubscribe link opens, asking to confirm, then saying it is done. */
    public record UnsubscribePage(long member, String token, boolean done, boolean valid) {
    }
}
