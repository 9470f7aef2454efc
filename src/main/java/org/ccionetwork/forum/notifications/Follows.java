package org.ccionetwork.forum.notifications;

import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.Reader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member follows (or stops following) a thread or a category they may see, to be told about new posts. */
@Service
class Follows {

    private final ForumService forum;
    private final SubscriptionRepository subscriptions;

    Follows(ForumService forum, SubscriptionRepository subscriptions) {
        this.forum = forum;
        this.subscriptions = subscriptions;
    }

    @Transactional
    void followThread(Reader reader, long threadId, boolean follow) {
        forum.thread(reader, threadId);
        subscriptions.followThread(threadId, reader.id(), follow);
    }

    @Transactional
    void followCategory(Reader reader, String slug, boolean follow) {
        subscriptions.followCategory(forum.category(reader, slug).id(), reader.id(), follow);
    }
}
