package org.ccionetwork.forum;

import java.util.Map;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The forum's part of a member's data download, and what happens when they erase their account: their
 * follows, likes, notifications and settings go; their posts stay for the threads to make sense, shown as
 * by "Former member".
 */
@Component
class ForumPersonalData implements PersonalData {

    private final ThreadRepository threads;
    private final NotificationRepository notifications;

    ForumPersonalData(ThreadRepository threads, NotificationRepository notifications) {
        this.threads = threads;
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "peerSupport";
    }

    @Override
    public Object exportFor(long memberId) {
        return Map.of("posts", threads.postsBy(memberId), "settings", notifications.export(memberId));
    }

    @ApplicationModuleListener
    void on(MemberDeleted event) {
        notifications.forget(event.memberId());
    }
}
