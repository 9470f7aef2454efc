package org.ccionetwork.forum.notifications;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's own notifications and email setting. */
@Service
class NotificationsInbox {

    private final NotificationRepository notifications;
    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    NotificationsInbox(NotificationRepository notifications, SubscriptionRepository subscriptions, Clock clock) {
        this.notifications = notifications;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    List<Notification> latest(long memberId) {
        return notifications.latest(memberId, 50);
    }

    int unread(long memberId) {
        return notifications.unread(memberId);
    }

    EmailMode emailMode(long memberId) {
        return subscriptions.emailMode(memberId);
    }

    /** Never means never: what was waiting for the next digest is not sent either. */
    @Transactional
    void setEmailMode(long memberId, EmailMode mode) {
        subscriptions.setEmailMode(memberId, mode);
        if (mode == EmailMode.NONE) {
            notifications.noEmailsOwed(memberId);
        }
    }

    @Transactional
    void markAllRead(long memberId) {
        notifications.markAllRead(memberId, clock.instant());
    }
}
