package org.ccionetwork.forum.notifications;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** A notification in the site. The message never names an author under the Chatham House rule. */
public record Notification(long id, String kind, String message, String link, Instant createdAt, boolean read) {

    public String created() {
        return Dates.dateTime(createdAt);
    }
}
