package org.ccionetwork.forum;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.forum.ThreadRepository.Listing;
import org.ccionetwork.shared.Viewers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forum as JSON, for members only. Under the Chatham House rule no author is named: the API is not the
 * thread page.
 */
@RestController
class ForumApiController {

    private final ForumService forum;

    ForumApiController(ForumService forum) {
        this.forum = forum;
    }

    record CategoryJson(String slug, String name, String description, boolean chathamHouse, int threadCount,
            int postCount, Instant lastActivityAt) {
    }

    record ThreadJson(long id, String title, String url, String category, boolean question, boolean answered,
            boolean locked, int replyCount, Instant createdAt, Instant lastActivityAt, String author) {
    }

    record ThreadsJson(List<ThreadJson> threads, String next) {
    }

    record PostJson(long id, int position, String author, String html, int likes, Instant createdAt, Instant editedAt,
            boolean accepted) {
    }

    record ThreadDetailJson(ThreadJson thread, List<PostJson> posts, int page, int pages) {
    }

    @GetMapping("/api/v1/community/categories")
    List<CategoryJson> categories() {
        return forum.categories(reader()).stream().map(c -> new CategoryJson(c.slug(), c.name(), c.description(),
                c.chathamHouse(), c.threadCount(), c.postCount(), c.lastActivityAt())).toList();
    }

    @GetMapping("/api/v1/community/threads")
    ThreadsJson threads(@RequestParam(required = false) String category, @RequestParam(required = false) String after) {
        Reader reader = reader();
        Category chosen = category == null || category.isBlank() ? null : forum.category(reader, category);
        var list = forum.list(reader, chosen == null ? Listing.LATEST : Listing.CATEGORY, chosen, Cursor.parse(after));
        return new ThreadsJson(list.threads().stream().map(t -> new ThreadJson(t.id(), t.title(), t.href(),
                t.categorySlug(), t.question(), t.answered(), t.locked(), t.replyCount(), t.createdAt(),
                t.lastActivityAt(), t.authorName())).toList(), list.next());
    }

    @GetMapping("/api/v1/community/threads/{id}")
    ThreadDetailJson thread(@PathVariable long id, @RequestParam(defaultValue = "1") int page) {
        var view = forum.view(reader(), id, page);
        ThreadDetail t = view.thread();
        boolean named = !t.category().chathamHouse();
        String author = named ? view.posts().stream().filter(PostView::firstPost).map(PostView::authorName)
                .findFirst().orElse(null) : null;
        var thread = new ThreadJson(t.id(), t.title(), t.href(), t.category().slug(), t.question(),
                t.acceptedPostId() != null, t.locked(), t.replyCount(), t.createdAt(), t.lastActivityAt(), author);
        var posts = view.posts().stream().map(p -> new PostJson(p.id(), p.position().orElseThrow(), named ? p.authorName() : null,
                p.hidden() ? null : p.bodyHtml(), p.likeCount(), p.createdAt(), p.editedAt(),
                Long.valueOf(p.id()).equals(t.acceptedPostId()))).toList();
        return new ThreadDetailJson(thread, posts, view.page(), view.pages());
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
