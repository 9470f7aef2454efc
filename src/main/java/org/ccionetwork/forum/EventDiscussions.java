package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's side of "one event, one discussion", for the events module: a thread per event, made when the event
 * is published (or an existing thread an editor links), posts when slides or notes are added, and the lock with a
 * note when the event is cancelled. The thread is never deleted. Posts it makes are by the editor who acted, or by
 * the first administrator when nobody is signed in (a start-up or a demonstration loader).
 */
@Service
public class EventDiscussions {

    /** The category the forum's migration made, used when an editor chose none. */
    public static final String DEFAULT_CATEGORY = "events";

    private final EventDiscussionRepository discussions;
    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final Announcements announcements;
    private final MemberLookup members;
    private final Markdown markdown;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventDiscussions(EventDiscussionRepository discussions, CategoryRepository categories, ThreadRepository threads,
            PostRepository posts, Announcements announcements, MemberLookup members, Markdown markdown,
            ApplicationEventPublisher publisher, Clock clock) {
        this.discussions = discussions;
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.announcements = announcements;
        this.members = members;
        this.markdown = markdown;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The categories an editor may choose for an event's thread. */
    public List<Category> categories() {
        return categories.all();
    }

    public Optional<EventDiscussion> of(long eventId) {
        return discussions.ofEvent(eventId);
    }

    /** Those of the events that already have their thread, in one statement. */
    public Set<Long> linked(Collection<Long> eventIds) {
        return Set.copyOf(discussions.linked(eventIds));
    }

    /**
     * The event's thread: made now in the category (the default one when null or unknown) unless it has one,
     * whose copy of the event's facts is brought up to date.
     */
    @Transactional
    public EventDiscussion open(DiscussedEvent event, String categorySlug, Long actorId) {
        var existing = discussions.ofEvent(event.eventId());
        if (existing.isPresent()) {
            discussions.refresh(event);
            return existing.get();
        }
        Category category = categories.findBySlug(categorySlug == null ? DEFAULT_CATEGORY : categorySlug)
                .or(() -> categories.findBySlug(DEFAULT_CATEGORY)).orElseThrow(() -> CategoryNotFound.forSlug(DEFAULT_CATEGORY));
        MemberSummary author = author(actorId);
        Instant now = clock.instant();
        String title = event.title().length() > 150 ? event.title().substring(0, 150) : event.title();
        String body = "**" + event.title() + "**: " + event.when() + ", " + event.where() + ".\n\n"
                + "This is the discussion of [the event](" + event.href() + "): questions before it, slides and "
                + "follow-up after it. Members who had a place are told of the first reply after the event.";
        long threadId = threads.insert(category.id(), author.id(), title, Slugs.of(title, "thread"), false, now,
                ThreadState.PUBLISHED);
        long postId = posts.insert(threadId, OptionalInt.of(0), author.id(), body, markdown.toHtml(body, false),
                markdown.toText(body), now, PostState.PUBLISHED);
        categories.countThread(category.id(), 1, 1, now);
        discussions.link(event, threadId, now);
        announcements.newThread(threads.find(threadId).orElseThrow(), postId, author.id(), author.name(), body);
        return discussions.ofEvent(event.eventId()).orElseThrow();
    }

    /** An editor's choice of an existing, published thread as the event's discussion, in place of the one it had. */
    @Transactional
    public void link(DiscussedEvent event, long threadId) {
        ThreadDetail thread = threads.find(threadId).filter(ThreadDetail::published)
                .orElseThrow(() -> ThreadNotFound.forId(threadId));
        if (discussions.threadTaken(thread.id(), event.eventId())) {
            throw ThreadAlreadyDiscussesAnEvent.thread(threadId);
        }
        discussions.link(event, thread.id(), clock.instant());
    }

    /** Moves the event's thread to another category, keeping the categories' counters right. */
    @Transactional
    public void moveTo(long eventId, String categorySlug) {
        var discussion = discussions.ofEvent(eventId);
        var to = categories.findBySlug(categorySlug);
        if (discussion.isEmpty() || to.isEmpty()) {
            return;
        }
        ThreadDetail thread = threads.find(discussion.get().threadId()).orElseThrow();
        if (thread.category().id() == to.get().id()) {
            return;
        }
        threads.move(thread.id(), to.get().id());
        categories.countThread(thread.category().id(), -1, -thread.postCount(), thread.lastActivityAt());
        categories.countThread(to.get().id(), 1, thread.postCount(), thread.lastActivityAt());
    }

    /** Brings the thread's copy of the event's facts up to date (a new time or place, say). */
    @Transactional
    public void refresh(DiscussedEvent event) {
        discussions.refresh(event);
    }

    /** A post in the event's thread (slides or notes added, say); nothing when the event has no thread. */
    @Transactional
    public void post(long eventId, String body, Long actorId) {
        discussions.ofEvent(eventId).ifPresent(d -> reply(threads.find(d.threadId()).orElseThrow(), body, actorId));
    }

    /** The event was cancelled: its thread gets the note and is locked, and stays readable. */
    @Transactional
    public void close(DiscussedEvent event, String note, Long actorId) {
        discussions.refresh(event);
        discussions.ofEvent(event.eventId()).ifPresent(d -> {
            ThreadDetail thread = threads.find(d.threadId()).orElseThrow();
            if (!thread.locked()) {
                reply(thread, note, actorId);
                threads.lock(thread.id(), true);
            }
        });
    }

    /** After every published reply: the first one after the event ended tells the events module, once. */
    void replied(long threadId, long postId, String link, Instant at) {
        discussions.followUp(threadId, at).ifPresent(event -> publisher.publishEvent(
                new EventDiscussionFollowedUp(event.eventId(), event.title(), threadId, postId, link)));
    }

    private void reply(ThreadDetail thread, String body, Long actorId) {
        MemberSummary author = author(actorId);
        Instant now = clock.instant();
        int position = threads.nextPosition(thread.id(), author.id(), now);
        long postId = posts.insert(thread.id(), OptionalInt.of(position), author.id(), body,
                markdown.toHtml(body, false), markdown.toText(body), now, PostState.PUBLISHED);
        if (thread.published()) {
            categories.countThread(thread.category().id(), 0, 1, now);
        }
        announcements.newReply(thread, postId, author.id(), author.name(), body);
        int page = position / ForumService.POSTS_PER_PAGE + 1;
        replied(thread.id(), postId, thread.href() + (page > 1 ? "?page=" + page : "") + "#post-" + postId, now);
    }

    private MemberSummary author(Long actorId) {
        return Optional.ofNullable(actorId).flatMap(members::find)
                .or(() -> members.withRole(Role.ADMIN).stream().findFirst().flatMap(members::find))
                .orElseThrow(() -> new IllegalStateException("No administrator to post an event's discussion"));
    }
}
