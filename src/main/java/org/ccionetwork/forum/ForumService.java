package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
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
    private final Clock clock;

    ForumService(CategoryRepository categories, ThreadRepository threads, NotificationRepository settings,
            Notifications notifications, MemberLookup members, Markdown markdown, Clock clock) {
        this.categories = categories;
        this.threads = threads;
        this.settings = settings;
        this.notifications = notifications;
        this.members = members;
        this.markdown = markdown;
        this.clock = clock;
    }

    /** One keyset page of threads, and the cursor of the next page if there is one. */
    public record ThreadList(List<ThreadSummary> threads, String next) {
    }

    /** A page of a thread. */
    public record ThreadView(ThreadDetail thread, List<PostView> posts, PostView accepted, int page, int pages,
            boolean following) {
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
        return threads.find(id).filter(t -> reader.maySee(t.category())).orElseThrow(() -> ForumErrors.NotFound.thread(id));
    }

    ThreadView view(Reader reader, long id, int page) {
        ThreadDetail thread = thread(reader, id);
        int pages = Math.max(1, (thread.postCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        int number = Math.min(Math.max(page, 1), pages);
        int from = (number - 1) * POSTS_PER_PAGE;
        List<PostView> posts = threads.posts(id, from, from + POSTS_PER_PAGE - 1);
        PostView accepted = null;
        if (thread.acceptedPostId() != null && number == 1) {
            accepted = threads.post(thread.acceptedPostId()).orElse(null);
        }
        Set<Long> authorIds = posts.stream().map(PostView::authorId).collect(Collectors.toSet());
        List<Long> postIds = new java.util.ArrayList<>(posts.stream().map(PostView::id).toList());
        if (accepted != null) {
            authorIds.add(accepted.authorId());
            postIds.add(accepted.id());
        }
        Map<Long, MemberSummary> names = members.findAll(authorIds);
        Set<Long> liked = threads.likedBy(reader.id(), postIds);
        var named = posts.stream().map(p -> p.withAuthor(name(names, p.authorId()), liked.contains(p.id()))).toList();
        if (accepted != null) {
            accepted = accepted.withAuthor(name(names, accepted.authorId()), liked.contains(accepted.id()));
        }
        return new ThreadView(thread, named, accepted, number, pages, settings.followsThread(id, reader.id()));
    }

    /** The address of a post: the page of its thread where it appears, and its anchor. */
    String locate(Reader reader, long postId) {
        PostView post = threads.post(postId).orElseThrow(() -> ForumErrors.NotFound.post(postId));
        ThreadDetail thread = thread(reader, post.threadId());
        int page = post.position() / POSTS_PER_PAGE + 1;
        return thread.href() + (page > 1 ? "?page=" + page : "") + "#" + post.anchor();
    }

    @Transactional
    ThreadDetail startThread(Reader reader, String categorySlug, String title, String body, boolean question) {
        Category category = category(reader, categorySlug);
        Instant now = clock.instant();
        String cleanTitle = title.strip();
        long threadId = threads.insertThread(category.id(), reader.id(), cleanTitle, Slugs.of(cleanTitle), question, now);
        long postId = threads.insertPost(threadId, 0, reader.id(), body, markdown.toHtml(body), text(body), now);
        categories.countThread(category.id(), 1, 1, now);
        settings.followThread(threadId, reader.id(), true);
        ThreadDetail thread = threads.find(threadId).orElseThrow();
        notifications.newThread(about(thread, postId, reader), mentioned(body, category));
        return thread;
    }

    @Transactional
    long reply(Reader reader, long threadId, String body) {
        ThreadDetail thread = thread(reader, threadId);
        if (thread.locked()) {
            throw new ForumErrors.ThreadLocked(threadId);
        }
        Instant now = clock.instant();
        int position = threads.nextPosition(threadId, reader.id(), now);
        long postId = threads.insertPost(threadId, position, reader.id(), body, markdown.toHtml(body),
                text(body), now);
        categories.countThread(thread.category().id(), 0, 1, now);
        settings.followThread(threadId, reader.id(), true);
        notifications.newReply(about(thread, postId, reader), mentioned(body, thread.category()));
        return postId;
    }

    /** The post, if the reader may edit it: its author, or a moderator. */
    PostView editable(Reader reader, long postId) {
        PostView post = threads.post(postId).orElseThrow(() -> ForumErrors.NotFound.post(postId));
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
        threads.updatePost(postId, body, markdown.toHtml(body), text(body), now);
        if (titleChanged) {
            threads.updateTitle(thread.id(), title.strip(), Slugs.of(title.strip()));
        }
    }

    List<Revision> history(Reader reader, long postId) {
        PostView post = threads.post(postId).orElseThrow(() -> ForumErrors.NotFound.post(postId));
        thread(reader, post.threadId());
        if (!reader.moderator()) {
            throw ForumErrors.NotAllowed.because("Only moderators see the history of a post");
        }
        var revisions = threads.revisions(postId);
        Map<Long, MemberSummary> names = members.findAll(revisions.stream().map(Revision::editedBy).collect(Collectors.toSet()));
        return revisions.stream().map(r -> r.named(name(names, r.editedBy()))).toList();
    }

    PostView post(Reader reader, long postId) {
        PostView post = threads.post(postId).orElseThrow(() -> ForumErrors.NotFound.post(postId));
        thread(reader, post.threadId());
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
            threads.accept(thread.id(), null);
            return thread;
        }
        threads.accept(thread.id(), postId);
        if (post.authorId() != reader.id()) {
            notifications.accepted(about(thread, postId, reader), post.authorId());
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

    private Notifications.About about(ThreadDetail thread, long postId, Reader author) {
        PostView post = threads.post(postId).orElseThrow();
        int page = post.position() / POSTS_PER_PAGE + 1;
        String link = thread.href() + (page > 1 ? "?page=" + page : "") + "#post-" + postId;
        return new Notifications.About(thread.id(), thread.title(), thread.category().id(), thread.category().name(),
                thread.category().chathamHouse(), postId, author.id(),
                thread.category().chathamHouse() ? null : author.name(), link);
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
