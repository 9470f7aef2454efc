package org.ccionetwork.shared;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A module's part of the weekly newsletter (the events module's upcoming events, say), as plain-text items, so
 * the news module, which sends the newsletter, needs to know none of them.
 */
public interface NewsletterSection {

    /** Where the section goes among the others, after the news: lower first. */
    int order();

    /** The section's heading in the email, such as {@code UPCOMING EVENTS}. */
    String heading();

    /** The items for a newsletter sent at {@code now}, in one query whatever their number; empty for none. */
    List<Item> items(Instant now);

    /**
     * @param title what the item is
     * @param detail one line about it (when and where, say), or {@code null}
     * @param link its absolute address on the site
     */
    record Item(String title, String detail, String link) {

        public Item {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
        }
    }
}
