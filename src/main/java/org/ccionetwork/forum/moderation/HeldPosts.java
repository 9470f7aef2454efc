package org.ccionetwork.forum.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.Announcements;
import org.ccionetwork.forum.CategoryRepository;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.PostView;
import org.ccionetwork.forum.ThreadDetail;
import org.ccionetwork.forum.ThreadRepository;
import org.ccionetwork.forum.ThreadState;
import org.ccionetwork.forum.notifications.Notifications;
import org.ccionetwork.shared.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' queue of held posts: approving one publishes it, rejecting one tells its author why. */
@Service
class HeldPosts {

    private final HeldPostRepository held;
    private final ThreadRepository threads;
    private final CategoryRepository categories;
    private final Announcements announcements;
    private final Notifications notifications;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Clock clock;

    HeldPosts(HeldPostRepository held, ThreadRepository threads, CategoryRepository categories,
            Announcements announcements, Notifications notifications, MemberLookup members, AuditLog audit,
            Clock clock) {
        this.held = held;
        this.threads = threads;
        this.categories = categories;
        this.announcements = announcements;
        this.notifications = notifications;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The posts held for a moderator, oldest first. Chatham House authors are not named here. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    List<HeldPost> queue() {
        var queue = held.queue(100);
        Map<Long, MemberSummary> names = members.findAll(queue.stream().filter(h -> !h.chathamHouse())
                .map(HeldPost::authorId).collect(Collectors.toSet()));
        return queue.stream().map(h -> h.named(ForumService.name(names, h.authorId()))).toList();
    }

    /**
     * A moderator approves a held post: it takes its place (a reply, the next position), is counted, and
     * everything that waited happens now: notifications, mentions and follow emails, search. Once only: a post
     * already decided is not found.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    ThreadDetail approve(long moderatorId, long postId) {
        PostView post = held.lock(postId).orElseThrow(() -> HeldPostNotFound.forId(postId));
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        String authorName = members.find(post.authorId()).map(MemberSummary::name).orElse("Former member");
        Instant now = clock.instant();
        if (post.firstPost()) {
            held.publish(postId, 0, moderatorId, now);
            threads.setState(thread.id(), ThreadState.PUBLISHED, now);
            categories.countThread(thread.category().id(), 1, thread.postCount(), now);
            ThreadDetail published = threads.find(thread.id()).orElseThrow();
            announcements.newThread(published, postId, post.authorId(), authorName, post.bodyMarkdown());
        } else {
            if (!thread.published()) {
                throw FirstPostStillHeld.inThread(thread.id());
            }
            int position = threads.nextPosition(thread.id(), post.authorId(), now);
            held.publish(postId, position, moderatorId, now);
            categories.countThread(thread.category().id(), 0, 1, now);
            announcements.newReply(thread, postId, post.authorId(), authorName, post.bodyMarkdown());
        }
        notifications.approved(post.authorId(), thread.id(), thread.title(), "/community/p/" + postId);
        audit.record("FORUM_POST_APPROVED", target(post, thread), null);
        return thread;
    }

    /**
     * A moderator turns down a held post with a reason, which the author is told in the site and by email. A
     * turned-down first post takes its thread (and any held replies in it) with it.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void reject(long moderatorId, long postId, String reason) {
        PostView post = held.lock(postId).orElseThrow(() -> HeldPostNotFound.forId(postId));
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        Instant now = clock.instant();
        boolean wholeThread = post.firstPost();
        held.reject(postId, thread.id(), wholeThread, moderatorId, reason.strip(), now);
        if (wholeThread) {
            threads.setState(thread.id(), ThreadState.REJECTED, thread.lastActivityAt());
        }
        notifications.rejected(post.authorId(), thread.id(), thread.title(), reason.strip(), thread.href());
        audit.record("FORUM_POST_REJECTED", target(post, thread), reason.strip());
    }

    private static String target(PostView post, ThreadDetail thread) {
        return (post.firstPost() ? "first post #" : "post #") + post.id() + " in thread #" + thread.id()
                + " (" + thread.title() + ")";
    }
}
