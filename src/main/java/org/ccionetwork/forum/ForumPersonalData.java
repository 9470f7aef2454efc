package org.ccionetwork.forum;

import java.util.Map;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.ccionetwork.forum.notifications.NotificationRepository;
import org.ccionetwork.forum.notifications.SubscriptionRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The forum's part of a member's data download, and what happens when they erase their account: their
 * follows, likes, notifications and settings go; their posts stay for the threads to make sense, shown as
 * by "Former member".
 */
@Component
class ForumPersonalData implements PersonalData {

    private final PostRepository posts;
    private final SubscriptionRepository subscriptions;
    private final NotificationRepository notifications;

    ForumPersonalData(PostRepository posts, SubscriptionRepository subscriptions, NotificationRepository notifications) {
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "peerSupport";
    }

    @Override
    public Object exportFor(long memberId) {
        return Map.of("posts", posts.postsBy(memberId), "settings", Map.of(
                "emailMode", subscriptions.emailMode(memberId).name(),
                "followedThreads", subscriptions.followedThreads(memberId),
                "followedCategories", subscriptions.followedCategories(memberId),
                "notifications", notifications.exportFor(memberId)));
    }

    @ApplicationModuleListener
    void on(MemberDeleted event) {
        posts.forgetLikes(event.memberId());
        notifications.forget(event.memberId());
        subscriptions.forget(event.memberId());
    }
}
