package org.ccionetwork.forum.notifications;

import java.util.List;

/** The records behind the notification templates, one per page. */
public final class NotificationPages {

    private NotificationPages() {
    }

    public record NotificationsPage(List<Notification> notifications, EmailMode mode, List<EmailMode> modes) {
    }

    /** Stopping forum emails from the link in one: asked, done, or a link that is not valid. */
    public record UnsubscribePage(long member, String token, boolean done, boolean valid) {
    }
}
