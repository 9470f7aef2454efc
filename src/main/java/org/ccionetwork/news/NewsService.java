package org.ccionetwork.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles: editors write, schedule, revise and restore them; everyone reads the published ones. Markdown is
 * rendered once, when saved. Scheduling needs no job: an article with a future publication time is left out
 * of every query until its time, on every instance at once.
 */
@Service
public class NewsService {

    static final int PAGE_SIZE = 12;

    private final ArticleRepository articles;
    private final Markdown markdown;
    private final AuditLog audit;
    private final Clock clock;
    private final Topics topics;

    NewsService(ArticleRepository articles, Markdown markdown, AuditLog audit, Clock clock, Topics topics) {
        this.articles = articles;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
        this.topics = topics;
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional(readOnly = true)
    public PageOf<ArticleSummary> published(String topic, int page) {
        Instant now = now();
        var list = new PageOf<ArticleSummary>(List.of(), page, PAGE_SIZE, 0);
        return new PageOf<>(articles.published(topic, now, list.offset(), PAGE_SIZE), page, PAGE_SIZE,
                articles.countPublished(topic, now));
    }

    /** The newest published articles, members-only ones included (the caller marks them): one statement, no transaction. */
    public List<ArticleSummary> latest(int limit) {
        return articles.published(null, now(), 0, limit);
    }

    /** Published articles in a period, for the newsletter. */
    public List<ArticleSummary> publishedBetween(Instant from, Instant to) {
        return articles.publishedBetween(from, to);
    }

    Optional<Article> bySlug(String slug) {
        return articles.findBySlug(slug);
    }

    Article byId(long id) {
        return articles.find(id).orElseThrow(() -> ArticleNotFound.forId(id));
    }

    List<ArticleSummary> related(Article article) {
        return articles.related(article, now(), 3);
    }

    PageOf<Article> forEditors(int page) {
        var list = new PageOf<Article>(List.of(), page, 25, 0);
        return new PageOf<>(articles.forEditors(list.offset(), 25), page, 25, articles.count());
    }

    /** The form's problems that Bean Validation cannot see: a schedule needs a future time. */
    Optional<String> scheduleProblem(ArticleForm form) {
        if (form.choice() != ArticleForm.Publication.SCHEDULE) {
            return Optional.empty();
        }
        if (form.publishAt() == null || form.publishAt().isBlank()) {
            return Optional.of("Enter the date and time to publish the article");
        }
        if (form.publishTime() == null) {
            return Optional.of("Enter a real date and time, for example 25/11/2026 09:00");
        }
        if (!form.publishTime().atZone(Dates.LONDON).toInstant().isAfter(now())) {
            return Optional.of("The publication time must be in the future, or choose to publish now");
        }
        return Optional.empty();
    }

    String preview(String body) {
        return markdown.toHtml(body);
    }

    @Transactional
    public long create(ArticleForm form, Viewer editor) {
        Instant now = now();
        ArticleDraft draft = draft(form, null, now);
        String slug = uniqueSlug(form.title(), null);
        long id = articles.insert(draft, slug, editor.id(), editor.name(), now);
        articles.addRevision(id, draft, editor.id(), editor.name(), now);
        audit.record("ARTICLE_CREATED", "article #" + id + " " + slug, draft.status() + " " + draft.title());
        return id;
    }

    @Transactional
    public Article update(long id, ArticleForm form, Viewer editor, String action) {
        Article current = byId(id);
        Instant now = now();
        ArticleDraft draft = draft(form, current, now);
        String slug = current.title().equals(draft.title()) ? current.slug() : uniqueSlug(draft.title(), id);
        articles.update(id, draft, slug, now);
        articles.addRevision(id, draft, editor.id(), editor.name(), now);
        audit.record(action, "article #" + id + " " + slug, draft.status() + " " + draft.title());
        return byId(id);
    }

    private ArticleDraft draft(ArticleForm form, Article current, Instant now) {
        String body = form.body().strip();
        ArticleStatus status = form.choice() == ArticleForm.Publication.DRAFT ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
        Instant publishedAt = switch (form.choice()) {
            // A draft keeps no publication time; republishing an article keeps its first one.
            case DRAFT -> null;
            case NOW -> current != null && current.visibleAt(now) ? current.publishedAt() : now;
            case SCHEDULE -> form.publishTime().atZone(Dates.LONDON).toInstant();
        };
        return new ArticleDraft(form.title().strip(), form.standfirst().strip(), body, markdown.toHtml(body),
                topics.slugs(form.topics()), status, form.membersOnly(), form.featured(), publishedAt);
    }

    private String uniqueSlug(String title, Long articleId) {
        String base = Slugs.of(title, "article");
        String candidate = base;
        for (int n = 2; articles.slugTaken(candidate, articleId); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    List<ArticleRevision> revisions(long id) {
        return articles.revisions(id);
    }

    ArticleRevision revision(long id, long revisionId) {
        return articles.revision(id, revisionId).orElseThrow(() -> ArticleNotFound.forRevision(id, revisionId));
    }

    /** Brings back an earlier revision's content as a new revision; the publication stays as it is. */
    @Transactional
    public Article restore(long id, long revisionId, Viewer editor) {
        Article current = byId(id);
        ArticleRevision revision = revision(id, revisionId);
        ArticleForm form = ArticleForm.of(revision, current, now());
        if (form.choice() == ArticleForm.Publication.SCHEDULE && scheduleProblem(form).isPresent()) {
            form = new ArticleForm(form.title(), form.standfirst(), form.body(), form.topics(),
                    ArticleForm.Publication.NOW, null, form.membersOnly(), form.featured());
        }
        return update(id, form, editor, "ARTICLE_RESTORED");
    }

    List<ArticleSummary> byAuthor(long memberId) {
        return articles.byAuthor(memberId);
    }

    @Transactional
    void forgetAuthor(long memberId) {
        articles.anonymise(memberId);
    }
}
