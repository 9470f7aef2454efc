package org.ccionetwork.forum;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.notifications.SubscriptionRepository;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;

/**
 * Reading the forum: who the reader is, and what they may see. Every lookup of a category, thread or post for a
 * reader goes through here, so the rules of what may be seen are written once.
 */
@Service
public class ForumService {

    static final int THREADS_PER_PAGE = 25;
    static final int POSTS_PER_PAGE = 20;

    private final CategoryRepository categories;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final SponsorStaffRepository sponsorStaff;
    private final SubscriptionRepository subscriptions;
    private final MemberLookup members;

    ForumService(CategoryRepository categories, ThreadRepository threads, PostRepository posts,
            SponsorStaffRepository sponsorStaff, SubscriptionRepository subscriptions, MemberLookup members) {
        this.categories = categories;
        this.threads = threads;
        this.posts = posts;
        this.sponsorStaff = sponsorStaff;
        this.subscriptions = subscriptions;
        this.members = members;
    }

    /** One keyset page of threads, and the cursor of the next page if there is one. */
    public record ThreadList(List<ThreadSummary> threads, String next) {
    }

    /**
     * A page of a thread; on its last page, {@code unpublished} are the replies waiting for a moderator (or
     * turned down) that the reader may see: their own, or all of them for a moderator. {@code accepted} is null
     * when no answer is accepted or the page is not the first.
     */
    public record ThreadView(ThreadDetail thread, List<PostView> posts, PostView accepted, int page, int pages,
            boolean following, List<PostView> unpublished, ThreadPermissions permissions,
            Map<Long, MemberSummary> authors, DiscussedEvent event) {

        /** The post's author, for the avatar, CCIO and role badges and organisation; null for a former member. */
        public MemberSummary author(PostView post) {
            return authors.get(post.authorId());
        }
    }

    /** A post the reader may see, with its thread. */
    public record VisiblePost(ThreadDetail thread, PostView post) {
    }

    public Reader reader(Viewer viewer) {
        return new Reader(viewer.id(), viewer.name(), viewer.isModerator(), sponsorStaff.isSponsorStaff(viewer.id()));
    }

    public List<Category> categories(Reader reader) {
        return categories.all().stream().filter(reader::maySee).toList();
    }

    public Category category(Reader reader, String slug) {
        return categories.findBySlug(slug).filter(reader::maySee).orElseThrow(() -> CategoryNotFound.forSlug(slug));
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

    /** A thread the reader may see: in a category they may see, and published unless it is theirs or they moderate. */
    public ThreadDetail thread(Reader reader, long id) {
        return threads.find(id).filter(t -> reader.maySee(t.category()))
                .filter(t -> t.published() || t.authorId() == reader.id() || reader.moderator())
                .orElseThrow(() -> ThreadNotFound.forId(id));
    }

    ThreadView view(Reader reader, long id, int page) {
        ThreadDetail thread = thread(reader, id);
        int pages = Math.max(1, (thread.postCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
        int number = Math.min(Math.max(page, 1), pages);
        int from = (number - 1) * POSTS_PER_PAGE;
        // One statement for the page's posts, the accepted answer, the held replies and the reader's likes.
        // Held replies are read on every page and shown on the last, so every page costs the same.
        var read = posts.page(id, from, from + POSTS_PER_PAGE - 1, number == 1 ? thread.acceptedPostId() : null,
                reader.id(), reader.moderator() ? null : reader.id());
        List<PostView> shown = read.posts().stream().filter(p -> maySee(reader, p)).toList();
        Optional<PostView> accepted = read.accepted();
        List<PostView> unpublished = number == pages ? read.waiting() : List.of();
        Set<Long> authorIds = shown.stream().map(PostView::authorId).collect(Collectors.toSet());
        unpublished.forEach(p -> authorIds.add(p.authorId()));
        accepted.ifPresent(p -> authorIds.add(p.authorId()));
        Map<Long, MemberSummary> names = members.findAll(authorIds);
        var named = shown.stream().map(p -> p.withAuthor(name(names, p.authorId()), p.likedByViewer())).toList();
        var waiting = unpublished.stream().map(p -> p.withAuthor(name(names, p.authorId()), false)).toList();
        return new ThreadView(thread, named,
                accepted.map(p -> p.withAuthor(name(names, p.authorId()), p.likedByViewer())).orElse(null), number,
                pages, subscriptions.followsThread(id, reader.id()), waiting, ThreadPermissions.of(reader, thread),
                names, thread.event());
    }

    /** A post the reader may see, held or not, in a thread they may see. */
    VisiblePost visiblePost(Reader reader, long postId) {
        PostView post = posts.find(postId).filter(p -> maySee(reader, p)).orElseThrow(() -> PostNotFound.forId(postId));
        return new VisiblePost(thread(reader, post.threadId()), post);
    }

    /** A published post of a published thread the reader may see: held posts take no likes, answers or reports. */
    public VisiblePost publishedPost(Reader reader, long postId) {
        VisiblePost visible = visiblePost(reader, postId);
        if (!visible.post().published() || !visible.thread().published()) {
            throw PostNotFound.forId(postId);
        }
        return visible;
    }

    /** The address of a post: the page of its thread where it appears, and its anchor. */
    public String locate(Reader reader, long postId) {
        VisiblePost visible = visiblePost(reader, postId);
        ThreadDetail thread = visible.thread();
        // A held reply has no place yet: it is shown at the end of the thread's last page.
        int page = visible.post().position().isEmpty() ? (thread.postCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE
                : visible.post().position().getAsInt() / POSTS_PER_PAGE + 1;
        return thread.href() + (page > 1 ? "?page=" + page : "") + "#" + visible.post().anchor();
    }

    boolean followsCategory(Reader reader, Category category) {
        return subscriptions.followedCategories(reader.id()).contains(category.id());
    }

    /** Members for the @mention autocomplete. */
    List<MemberSummary> mentionable(String prefix) {
        if (prefix == null || prefix.isBlank() || prefix.length() > 60) {
            return List.of();
        }
        return members.findActiveByNamePrefix(prefix.strip(), 8);
    }

    /** Whether the reader may see a post of a thread they may see: published, or their own, or they moderate. */
    private static boolean maySee(Reader reader, PostView post) {
        return post.published() || post.authorId() == reader.id() || reader.moderator();
    }

    /** The member's name, or "Former member" for one who erased their account. */
    public static String name(Map<Long, MemberSummary> names, long id) {
        MemberSummary member = names.get(id);
        return member == null ? "Former member" : member.name();
    }
}
