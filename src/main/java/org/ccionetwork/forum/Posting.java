package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.ForumService.VisiblePost;
import org.ccionetwork.forum.moderation.PostingLimits;
import org.ccionetwork.forum.moderation.PostingLimits.Standing;
import org.ccionetwork.forum.notifications.SubscriptionRepository;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change a member makes to the forum: threads and replies (held for a moderator while the member's
 * standing says so, refused beyond the posting limits), edits with their history, likes and accepted answers.
 */
@Service
class Posting {

    private final ForumService forum;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final SubscriptionRepository subscriptions;
    private final Announcements announcements;
    private final PostingLimits limits;
    private final MemberLookup members;
    private final Markdown markdown;
    private final Clock clock;
    private final EventDiscussions eventDiscussions;

    Posting(ForumService forum, CategoryRepository categories, ThreadRepository threads, PostRepository posts,
            SubscriptionRepository subscriptions, Announcements announcements, PostingLimits limits,
            MemberLookup members, Markdown markdown, Clock clock, EventDiscussions eventDiscussions) {
        this.eventDiscussions = eventDiscussions;
        this.forum = forum;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.subscriptions = subscriptions;
        this.announcements = announcements;
        this.limits = limits;
        this.members = members;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** A post's earlier versions, for moderators, with the post and its thread. */
    record History(VisiblePost visible, List<Revision> revisions) {
    }

    /**
     * Starts a thread. A member whose posts are still held gets a held thread: seen by them and moderators only,
     * not counted, nobody told, not searchable, until a moderator approves it.
     */
    @Transactional
    ThreadDetail startThread(Reader reader, String categorySlug, String title, String body, boolean question) {
        Category category = forum.category(reader, categorySlug);
        Standing standing = limits.standing(reader.id());
        limits.check(reader, standing);
        Instant now = clock.instant();
        String cleanTitle = title.strip();
        long threadId = threads.insert(category.id(), reader.id(), cleanTitle, Slugs.of(cleanTitle, "thread"), question, now,
                standing.held() ? ThreadState.PENDING : ThreadState.PUBLISHED);
        long postId = posts.insert(threadId, OptionalInt.of(0), reader.id(), body,
                markdown.toHtml(body, standing.newMember()), text(body), now,
                standing.held() ? PostState.PENDING : PostState.PUBLISHED);
        subscriptions.followThread(threadId, reader.id(), true);
        ThreadDetail thread = threads.find(threadId).orElseThrow();
        if (!standing.held()) {
            categories.countThread(category.id(), 1, 1, now);
            announcements.newThread(thread, postId, reader.id(), reader.name(), body);
        }
        return thread;
    }

    /** Replies to a thread; a held member's reply waits for a moderator, in no place in the thread yet. */
    @Transactional
    long reply(Reader reader, long threadId, String body) {
        ThreadDetail thread = forum.thread(reader, threadId);
        if (thread.locked()) {
            throw ThreadLocked.forId(threadId);
        }
        Standing standing = limits.standing(reader.id());
        limits.check(reader, standing);
        Instant now = clock.instant();
        String html = markdown.toHtml(body, standing.newMember());
        if (standing.held()) {
            long postId = posts.insert(threadId, OptionalInt.empty(), reader.id(), body, html, text(body), now,
                    PostState.PENDING);
            subscriptions.followThread(threadId, reader.id(), true);
            return postId;
        }
        int position = threads.nextPosition(threadId, reader.id(), now);
        long postId = posts.insert(threadId, OptionalInt.of(position), reader.id(), body, html, text(body), now,
                PostState.PUBLISHED);
        if (thread.published()) {
            categories.countThread(thread.category().id(), 0, 1, now);
        }
        subscriptions.followThread(threadId, reader.id(), true);
        announcements.newReply(thread, postId, reader.id(), reader.name(), body);
        int page = position / ForumService.POSTS_PER_PAGE + 1;
        eventDiscussions.replied(threadId, postId, thread.href() + (page > 1 ? "?page=" + page : "") + "#post-" + postId,
                now);
        return postId;
    }

    /** Whether the post waits for a moderator, for the message after posting. */
    boolean held(long postId) {
        return posts.find(postId).map(PostView::pending).orElse(false);
    }

    /** The post with its thread, if the reader may edit it (see {@link ThreadPermissions#mayEdit}). */
    VisiblePost editable(Reader reader, long postId) {
        VisiblePost visible = forum.visiblePost(reader, postId);
        if (!ThreadPermissions.of(reader, visible.thread()).mayEdit(visible.post())) {
            throw visible.post().authorId() == reader.id() ? ThreadLocked.forId(visible.thread().id())
                    : NotAllowedToEdit.post(postId);
        }
        return visible;
    }

    /** Edits a post, keeping what it said before; the first post's edit may change the thread's title. */
    @Transactional
    void edit(Reader reader, long postId, String title, String body) {
        VisiblePost visible = editable(reader, postId);
        PostView post = visible.post();
        ThreadDetail thread = visible.thread();
        boolean titleChanged = post.firstPost() && title != null && !title.strip().equals(thread.title());
        if (!titleChanged && body.equals(post.bodyMarkdown())) {
            return;
        }
        Instant now = clock.instant();
        posts.saveRevision(postId, post.firstPost() ? thread.title() : null, post.bodyMarkdown(), reader.id(), now);
        posts.update(postId, body, markdown.toHtml(body, limits.standing(post.authorId()).newMember()), text(body), now);
        if (titleChanged) {
            threads.updateTitle(thread.id(), title.strip(), Slugs.of(title.strip(), "thread"));
        }
    }

    History history(Reader reader, long postId) {
        VisiblePost visible = forum.visiblePost(reader, postId);
        if (!ThreadPermissions.of(reader, visible.thread()).mayModerate()) {
            throw NotAllowedToSeeHistory.ofPost(postId);
        }
        var revisions = posts.revisions(postId);
        Map<Long, MemberSummary> names = members.findAll(revisions.stream().map(Revision::editedBy)
                .collect(Collectors.toSet()));
        return new History(visible, revisions.stream().map(r -> r.named(ForumService.name(names, r.editedBy()))).toList());
    }

    @Transactional
    void like(Reader reader, long postId, boolean like) {
        PostView post = forum.publishedPost(reader, postId).post();
        if (post.authorId() == reader.id()) {
            return;
        }
        if (like) {
            posts.like(postId, reader.id());
        } else {
            posts.unlike(postId, reader.id());
        }
    }

    /** The question's author or a moderator accepts a reply as the answer (or, with the same post, withdraws it). */
    @Transactional
    ThreadDetail accept(Reader reader, long postId) {
        VisiblePost visible = forum.publishedPost(reader, postId);
        PostView post = visible.post();
        ThreadDetail thread = visible.thread();
        if (!ThreadPermissions.of(reader, thread).mayAccept(post)) {
            throw thread.question() && !post.firstPost() ? NotAllowedToAccept.answerIn(thread.id())
                    : NotAnAnswer.post(postId);
        }
        if (Long.valueOf(postId).equals(thread.acceptedPostId())) {
            threads.accept(thread.id(), null, clock.instant());
            return thread;
        }
        threads.accept(thread.id(), postId, clock.instant());
        if (post.authorId() != reader.id()) {
            announcements.accepted(thread, postId, reader, post.authorId());
        }
        return thread;
    }

    /** The plain text for search, without the control characters search uses to mark matches. */
    private String text(String body) {
        return markdown.toText(body).replaceAll("\\p{Cntrl}", " ");
    }
}
