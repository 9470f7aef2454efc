package org.ccionetwork.forum;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's own notifications and email setting. */
@Service
class NotificationsInbox {

    private final NotificationRepository repository;
    private final Clock clock;

    NotificationsInbox(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    List<Notification> latest(long memberId) {
        return repository.latest(memberId, 50);
    }

    int unread(long memberId) {
        return repository.unread(memberId);
    }

    EmailMode emailMode(long memberId) {
        return repository.emailMode(memberId);
    }

    @Transactional
    void setEmailMode(long memberId, EmailMode mode) {
        repository.setEmailMode(memberId, mode);
    }

    @Transactional
    void markAllRead(long memberId) {
        repository.markAllRead(memberId, clock.instant());
    }
}
