package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and writing the forum: what a reader may see, and every change a member makes. */
@Service
class ForumService {

    static final int THREADS_PER_PAGE = 25;
    static final int POSTS_PER_PAGE = 20;

    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final NotificationRepository settings;
    private final Notifications notifications;
    private final MemberLookup members;
    private final Markdown markdown;
    private final ForumProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    ForumService(CategoryRepository categories, ThreadRepository threads, NotificationRepository settings,
            Notifications notifications, MemberLookup members, Markdown markdown, ForumProperties properties,
            AuditLog audit, Clock clock) {
        this.categories = categories;
        this.threads = threads;
        this.settings = settings;
        this.notifications = notifications;
        this.members = members;
        this.markdown = markdown;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How the forum treats a member's new posts: {@code held} while fewer than the setting's number of their
     * posts are approved; {@code newMember} (links marked {@code ugc}) while held or in their first days.
     * Moderators, editors, administrators and verified CCIOs are neither.
     */
    record Standing(boolean held, boolean newMember) {
    }

    Standing standing(long memberId) {
        var member = members.find(memberId);
        boolean trusted = member.map(m -> m.has(Role.MODERATOR) || m.has(Role.EDITOR) || m.has(Role.ADMIN)
                || (m.has(Role.CCIO) && m.verified())).orElse(false);
        if (trusted) {
            return new Standing(false, false);
        }
        int threshold = properties.postsHeldUntilApproved();
        boolean held = threshold > 0 && threads.publishedCount(memberId, threshold) < threshold;
        Instant established = clock.instant().minus(Duration.ofDays(Math.max(0, properties.newMemberDays())));
        boolean recent = member.map(m -> m.joinedAt() == null || m.joinedAt().isAfter(established)).orElse(true);
        return new Standing(held, held || recent);
    }

    /** Refuses a post beyond the limits per minute and per hour (stricter while the member is held). */
    private void checkRate(Reader reader, Standing standing) {
        if (reader.moderator()) {
            return;
        }
        Instant now = clock.instant();
        int[] recent = threads.postsSince(reader.id(), now.minus(Duration.ofMinutes(1)), now.minus(Duration.ofHours(1)));
        int perMinute = properties.postsPerMinute();
        if (perMinute > 0 && recent[0] >= perMinute) {
            throw new ForumErrors.TooManyPosts("You can post " + times(perMinute) + " a minute. Wait a minute, "
                    + "then post again: what you wrote is still here.");
        }
        int perHour = standing.held() ? properties.newMemberPostsPerHour() : properties.postsPerHour();
        if (perHour > 0 && recent[1] >= perHour) {
            throw new ForumErrors.TooManyPosts("You can post " + times(perHour) + " an hour"
                    + (standing.held() ? " while your first posts wait for a moderator" : "")
                    + ". Please try again later: what you wrote is still here.");
        }
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }

    /** Whether the reader may see a post of a thread they may see: published, or their own, or they moderate. */
    private static boolean maySee(Reader reader, PostView post) {
        return post.published() || post.authorId() == reader.id() || reader.moderator();
    }

    /** One keyset page of threads, and the cursor of the next page if there is one. */
    public record ThreadList(List<ThreadSummary> threads, String next) {
    }

    /**
     * A page of a thread; on its last page, {@code unpublished} are the replies waiting for a moderator (or
     * turned down) that the reader may see: their own, or all of them for a moderator.
     */
    public record ThreadView(ThreadDetail thread, List<PostView> posts, PostView accepted, int page, int pages,
            boolean following, List<PostView> unpublished) {
    }

    Reader reader(Viewer viewer) {
        return new Reader(viewer.id(), viewer.name(), viewer.isModerator(), settings.sponsorStaff(viewer.id()));
    }

    List<Category> categories(Reader reader) {
        return categories.all().stream().filter(reader::maySee).toList();
    }

    Category category(Reader reader, String slug) {
        return categories.findBySlug(slug).filter(reader::maySee).orElseThrow(() -> ForumErrors.NotFound.category(slug));
    }

    ThreadList list(Reader reader, ThreadRepository.Listing listing, Category category, Cursor after) {
        var rows = threads.list(listing, category == null ? null : category.id(), reader.id(), reader.sponsorStaff(),
                after, THREADS_PER_PAGE + 1);
        boolean more = rows.size() > THREADS_PER_PAGE;
        var page = more ? rows.subList(0, THREADS_PER_PAGE) : rows;
        Set<Long> ids = new HashSet<>();
        page.stream().filter(t -> !t.chathamHouse()).forEach(t -> {
            ids.add(t.authorId());
            ids.add(t.lastAuthorId());
        });
        Map<Long, MemberSummary> names = members.findAll(ids);
        var named = page.stream().map(t -> t.named(name(names, t.authorId()), name(names, t.lastAuthorId()))).toList();
        return new ThreadList(named, more ? named.getLast().cursor().token() : null);
    }

    ThreadDetail thread(Reader reader, long id) {
        return threads.find(id).filter(t -> reader.maySee(t.category()))
                .filter(t -> t.published() || t.authorId() == reader.id() || reader.moderator())
                .orElseThrow(() -> ForumErrors.NotFound.thread(id));
    }

    ThreadView view(Reader reader, long id, int page) {
        ThreadDetail thread = thread(reader, id);
        int pages = Math.max(1, (thread.postCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        int number = Math.min(Math.max(page, 1), pages);
        int from = (number - 1) * POSTS_PER_PAGE;
        // One statement for the page's posts, the accepted answer, the held replies and the reader's likes.
        // Held replies are read on every page and shown on the last, so every page costs the same.
        var read = threads.page(id, from, from + POSTS_PER_PAGE - 1, number == 1 ? thread.acceptedPostId() : null,
                reader.id(), reader.moderator() ? null : reader.id());
        List<PostView> posts = read.posts().stream().filter(p -> maySee(reader, p)).toList();
        PostView accepted = read.accepted();
        List<PostView> unpublished = number == pages ? read.waiting() : List.of();
        Set<Long> authorIds = posts.stream().map(PostView::authorId).collect(Collectors.toSet());
        unpublished.forEach(p -> authorIds.add(p.authorId()));
        if (accepted != null) {
            authorIds.add(accepted.authorId());
        }
        Map<Long, MemberSummary> names = members.findAll(authorIds);
        var named = posts.stream().map(p -> p.withAuthor(name(names, p.authorId()), p.likedByViewer())).toList();
        if (accepted != null) {
            accepted = accepted.withAuthor(name(names, accepted.authorId()), accepted.likedByViewer());
        }
        var waiting = unpublished.stream().map(p -> p.withAuthor(name(names, p.authorId()), false)).toList();
        return new ThreadView(thread, named, accepted, number, pages, settings.followsThread(id, reader.id()), waiting);
    }

    /** The address of a post: the page of its thread where it appears, and its anchor. */
    String locate(Reader reader, long postId) {
        PostView post = threads.post(postId).filter(p -> maySee(reader, p))
                .orElseThrow(() -> ForumErrors.NotFound.post(postId));
        ThreadDetail thread = thread(reader, post.threadId());
        // A held reply has no place yet: it is shown at the end of the thread's last page.
        int page = post.position() < 0 ? (thread.postCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE
                : post.position() / POSTS_PER_PAGE + 1;
        return thread.href() + (page > 1 ? "?page=" + page : "") + "#" + post.anchor();
    }

    /**
     * Starts a thread. A member whose posts are still held gets a held thread: seen by them and moderators only,
     * not counted, nobody told, not searchable, until a moderator approves it.
     */
    @Transactional
    ThreadDetail startThread(Reader reader, String categorySlug, String title, String body, boolean question) {
        Category category = category(reader, categorySlug);
        Standing standing = standing(reader.id());
        checkRate(reader, standing);
        Instant now = clock.instant();
        String cleanTitle = title.strip();
        String state = standing.held() ? ThreadRepository.PENDING : ThreadRepository.PUBLISHED;
        long threadId = threads.insertThread(category.id(), reader.id(), cleanTitle, Slugs.of(cleanTitle), question,
                now, state);
        long postId = threads.insertPost(threadId, 0, reader.id(), body, markdown.toHtml(body, standing.newMember()),
                text(body), now, state);
        settings.followThread(threadId, reader.id(), true);
        ThreadDetail thread = threads.find(threadId).orElseThrow();
        if (!standing.held()) {
            categories.countThread(category.id(), 1, 1, now);
            notifications.newThread(about(thread, postId, reader.id(), reader.name()), mentioned(body, category));
        }
        return thread;
    }

    /** Replies to a thread; a held member's reply waits for a moderator, in no place in the thread yet. */
    @Transactional
    long reply(Reader reader, long threadId, String body) {
        ThreadDetail thread = thread(reader, threadId);
        if (thread.locked()) {
            throw new ForumErrors.ThreadLocked(threadId);
        }
        Standing standing = standing(reader.id());
        checkRate(reader, standing);
        Instant now = clock.instant();
        String html = markdown.toHtml(body, standing.newMember());
        if (standing.held()) {
            long postId = threads.insertPost(threadId, null, reader.id(), body, html, text(body), now,
                    ThreadRepository.PENDING);
            settings.followThread(threadId, reader.id(), true);
            return postId;
        }
        int position = threads.nextPosition(threadId, reader.id(), now);
        long postId = threads.insertPost(threadId, position, reader.id(), body, html, text(body), now,
                ThreadRepository.PUBLISHED);
        if (thread.published()) {
            categories.countThread(thread.category().id(), 0, 1, now);
        }
        settings.followThread(threadId, reader.id(), true);
        notifications.newReply(about(thread, postId, reader.id(), reader.name()), mentioned(body, thread.category()));
        return postId;
    }

    /** Whether the post waits for a moderator, for the message after posting. */
    boolean held(long postId) {
        return threads.post(postId).map(PostView::pending).orElse(false);
    }

    /** The moderators' queue of held posts, oldest first. Chatham House authors are not named here. */
    List<HeldPost> heldPosts() {
        var held = threads.held(100);
        Map<Long, MemberSummary> names = members.findAll(held.stream().filter(h -> !h.chathamHouse())
                .map(HeldPost::authorId).collect(Collectors.toSet()));
        return held.stream().map(h -> h.named(name(names, h.authorId()))).toList();
    }

    /**
     * A moderator approves a held post: it takes its place (a reply, the next position), is counted, and
     * everything that waited happens now: notifications, mentions and follow emails, search. Once only: a post
     * already decided is not found.
     */
    @Transactional
    ThreadDetail approve(long moderatorId, long postId) {
        PostView post = threads.lockPending(postId).orElseThrow(() -> ForumErrors.NotFound.heldPost(postId));
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        String authorName = members.find(post.authorId()).map(MemberSummary::name).orElse("Former member");
        Instant now = clock.instant();
        if (post.position() == 0) {
            threads.publishPost(postId, 0, moderatorId, now);
            threads.setThreadState(thread.id(), ThreadRepository.PUBLISHED, now);
            categories.countThread(thread.category().id(), 1, thread.postCount(), now);
            ThreadDetail published = threads.find(thread.id()).orElseThrow();
            notifications.newThread(about(published, postId, post.authorId(), authorName),
                    mentioned(post.bodyMarkdown(), thread.category()));
        } else {
            if (!thread.published()) {
                throw ForumErrors.NotAllowed.because("Approve the thread's first post before its replies");
            }
            int position = threads.nextPosition(thread.id(), post.authorId(), now);
            threads.publishPost(postId, position, moderatorId, now);
            categories.countThread(thread.category().id(), 0, 1, now);
            notifications.newReply(about(thread, postId, post.authorId(), authorName),
                    mentioned(post.bodyMarkdown(), thread.category()));
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
    void reject(long moderatorId, long postId, String reason) {
        PostView post = threads.lockPending(postId).orElseThrow(() -> ForumErrors.NotFound.heldPost(postId));
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        Instant now = clock.instant();
        boolean wholeThread = post.position() == 0;
        threads.rejectPending(postId, thread.id(), wholeThread, moderatorId, reason.strip(), now);
        if (wholeThread) {
            threads.setThreadState(thread.id(), ThreadRepository.REJECTED, thread.lastActivityAt());
        }
        notifications.rejected(post.authorId(), thread.id(), thread.title(), reason.strip(), thread.href());
        audit.record("FORUM_POST_REJECTED", target(post, thread), reason.strip());
    }

    private static String target(PostView post, ThreadDetail thread) {
        return (post.position() == 0 ? "first post #" : "post #") + post.id() + " in thread #" + thread.id()
                + " (" + thread.title() + ")";
    }

    /** The post, if the reader may edit it: its author, or a moderator. */
    PostView editable(Reader reader, long postId) {
        PostView post = threads.post(postId).filter(p -> maySee(reader, p))
                .orElseThrow(() -> ForumErrors.NotFound.post(postId));
        ThreadDetail thread = thread(reader, post.threadId());
        if (post.authorId() != reader.id() && !reader.moderator()) {
            throw ForumErrors.NotAllowed.because("Only the author or a moderator may edit a post");
        }
        if (thread.locked() && !reader.moderator()) {
            throw new ForumErrors.ThreadLocked(thread.id());
        }
        return post;
    }

    /** Edits a post, keeping what it said before; the first post's edit may change the thread's title. */
    @Transactional
    void edit(Reader reader, long postId, String title, String body) {
        PostView post = editable(reader, postId);
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        boolean titleChanged = post.position() == 0 && title != null && !title.strip().equals(thread.title());
        if (!titleChanged && body.equals(post.bodyMarkdown())) {
            return;
        }
        Instant now = clock.instant();
        threads.saveRevision(postId, post.position() == 0 ? thread.title() : null, post.bodyMarkdown(), reader.id(), now);
        threads.updatePost(postId, body, markdown.toHtml(body, standing(post.authorId()).newMember()), text(body), now);
        if (titleChanged) {
            threads.updateTitle(thread.id(), title.strip(), Slugs.of(title.strip()));
        }
    }

    List<Revision> history(Reader reader, long postId) {
        PostView post = threads.post(postId).filter(p -> maySee(reader, p))
                .orElseThrow(() -> ForumErrors.NotFound.post(postId));
        thread(reader, post.threadId());
        if (!reader.moderator()) {
            throw ForumErrors.NotAllowed.because("Only moderators see the history of a post");
        }
        var revisions = threads.revisions(postId);
        Map<Long, MemberSummary> names = members.findAll(revisions.stream().map(Revision::editedBy).collect(Collectors.toSet()));
        return revisions.stream().map(r -> r.named(name(names, r.editedBy()))).toList();
    }

    /** A post the reader may see, held or not: for its history. */
    PostView visiblePost(Reader reader, long postId) {
        PostView post = threads.post(postId).filter(p -> maySee(reader, p))
                .orElseThrow(() -> ForumErrors.NotFound.post(postId));
        thread(reader, post.threadId());
        return post;
    }

    /** A published post of a thread the reader may see: held posts take no likes, answers or reports. */
    PostView post(Reader reader, long postId) {
        PostView post = threads.post(postId).filter(PostView::published)
                .orElseThrow(() -> ForumErrors.NotFound.post(postId));
        ThreadDetail thread = thread(reader, post.threadId());
        if (!thread.published()) {
            throw ForumErrors.NotFound.post(postId);
        }
        return post;
    }

    @Transactional
    void like(Reader reader, long postId, boolean like) {
        PostView post = post(reader, postId);
        if (post.authorId() == reader.id()) {
            return;
        }
        if (like) {
            threads.like(postId, reader.id());
        } else {
            threads.unlike(postId, reader.id());
        }
    }

    /** The question's author or a moderator accepts a reply as the answer (or, with the same post, withdraws it). */
    @Transactional
    ThreadDetail accept(Reader reader, long postId) {
        PostView post = post(reader, postId);
        ThreadDetail thread = threads.find(post.threadId()).orElseThrow();
        if (!thread.question() || post.position() == 0) {
            throw ForumErrors.NotAllowed.because("Only a reply to a question can be its answer");
        }
        if (thread.authorId() != reader.id() && !reader.moderator()) {
            throw ForumErrors.NotAllowed.because("Only the person who asked or a moderator may accept an answer");
        }
        if (Long.valueOf(postId).equals(thread.acceptedPostId())) {
            threads.accept(thread.id(), null, clock.instant());
            return thread;
        }
        threads.accept(thread.id(), postId, clock.instant());
        if (post.authorId() != reader.id()) {
            notifications.accepted(about(thread, postId, reader.id(), reader.name()), post.authorId());
        }
        return thread;
    }

    @Transactional
    void followThread(Reader reader, long threadId, boolean follow) {
        thread(reader, threadId);
        settings.followThread(threadId, reader.id(), follow);
    }

    @Transactional
    void followCategory(Reader reader, String slug, boolean follow) {
        settings.followCategory(category(reader, slug).id(), reader.id(), follow);
    }

    boolean followsCategory(Reader reader, Category category) {
        return settings.followedCategories(reader.id()).contains(category.id());
    }

    /** Members for the @mention autocomplete. */
    List<MemberSummary> mentionable(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > 60) {
            return List.of();
        }
        return members.findActiveByNamePrefix(prefix.strip(), 8);
    }

    private Set<Long> mentioned(String body, Category category) {
        var candidates = Mentions.candidates(body);
        Set<Long> ids = members.findActiveByNames(candidates).stream().map(MemberSummary::id).collect(Collectors.toSet());
        return ids;
    }

    private Notifications.About about(ThreadDetail thread, long postId, long authorId, String authorName) {
        PostView post = threads.post(postId).orElseThrow();
        int page = post.position() / POSTS_PER_PAGE + 1;
        String link = thread.href() + (page > 1 ? "?page=" + page : "") + "#post-" + postId;
        return new Notifications.About(thread.id(), thread.title(), thread.category().id(), thread.category().name(),
                thread.category().chathamHouse(), postId, authorId,
                thread.category().chathamHouse() ? null : authorName, link);
    }

    /** The plain text for search, without the control characters search uses to mark matches. */
    private String text(String body) {
        return markdown.toText(body).replaceAll("\\p{Cntrl}", " ");
    }

    static String name(Map<Long, MemberSummary> names, long id) {
        MemberSummary member = names.get(id);
        return member == null ? "Former member" : member.name();
    }
}
