package org.ccionetwork.forum.notifications;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.shared.HeaderItem;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The link to the notifications with the unread count, in the header of every page. */
@Component
class NotificationsBadge implements HeaderItem {

    private final NotificationsInbox inbox;
    private final TemplateEngine templates;

    NotificationsBadge(NotificationsInbox inbox, TemplateEngine templates) {
        this.inbox = inbox;
        this.templates = templates;
    }

    @Override
    public Content render(Viewer viewer) {
        int unread = inbox.unread(viewer.id());
        return output -> templates.render("forum/notifications/badge.jte", Map.of("unread", unread), output);
    }
}
