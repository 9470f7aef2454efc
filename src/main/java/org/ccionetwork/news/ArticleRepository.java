package org.ccionetwork.news;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles, their slugs old and new, and their revisions. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            a.id, a.slug, a.title, a.standfirst, a.body_markdown, a.body_html, a.topics, a.author_id, a.author_name,
            a.status, a.members_only, a.featured, a.published_at, a.created_at, a.updated_at""";
    private static final String SUMMARY = """
            a.id, a.slug, a.title, a.standfirst, a.topics, a.author_name, a.members_only, a.featured, a.published_at""";
    private static final String VISIBLE = "a.status = 'PUBLISHED' and a.published_at <= :now";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArticleDraft draft, String slug, Long authorId, String authorName, Instant now) {
        long id = jdbc.sql("""
                insert into news.article (slug, title, standfirst, body_markdown, body_html, topics, author_id,
                    author_name, status, members_only, featured, published_at, created_at, updated_at)
                values (:slug, :title, :standfirst, :markdown, :html, cast(:topics as text[]), :authorId, :authorName,
                    :status, :membersOnly, :featured, :publishedAt, :now, :now)
                returning id""")
                .param("slug", slug).param("title", draft.title()).param("standfirst", draft.standfirst())
                .param("markdown", draft.bodyMarkdown()).param("html", draft.bodyHtml())
                .param("topics", draft.topics().toArray(String[]::new))
                .param("authorId", authorId).param("authorName", authorName).param("status", draft.status().name())
                .param("membersOnly", draft.membersOnly()).param("featured", draft.featured())
                .param("publishedAt", timestamp(draft.publishedAt())).param("now", Timestamp.from(now))
                .query(Long.class).single();
        addSlug(slug, id);
        return id;
    }

    void update(long id, ArticleDraft draft, String slug, Instant now) {
        jdbc.sql("""
                update news.article set slug = :slug, title = :title, standfirst = :standfirst,
                    body_markdown = :markdown, body_html = :html, topics = cast(:topics as text[]), status = :status,
                    members_only = :membersOnly, featured = :featured, published_at = :publishedAt, updated_at = :now
                where id = :id""")
                .param("id", id).param("slug", slug).param("title", draft.title())
                .param("standfirst", draft.standfirst()).param("markdown", draft.bodyMarkdown())
                .param("html", draft.bodyHtml()).param("topics", draft.topics().toArray(String[]::new))
                .param("status", draft.status().name()).param("membersOnly", draft.membersOnly())
                .param("featured", draft.featured()).param("publishedAt", timestamp(draft.publishedAt()))
                .param("now", Timestamp.from(now))
                .update();
        addSlug(slug, id);
    }

    private void addSlug(String slug, long id) {
        jdbc.sql("insert into news.article_slug (slug, article_id) values (:slug, :id) on conflict (slug) do nothing")
                .param("slug", slug).param("id", id).update();
    }

    boolean slugTaken(String slug, Long exceptArticle) {
        return jdbc.sql("select exists (select 1 from news.article_slug where slug = :slug and article_id <> :id)")
                .param("slug", slug).param("id", exceptArticle == null ? -1L : exceptArticle)
                .query(Boolean.class).single();
    }

    Optional<Article> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from news.article a where a.id = :id")
                .param("id", id).query(ArticleRepository::article).optional();
    }

    /** The article with this slug, current or old: the caller redirects when the slug is not the current one. */
    Optional<Article> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from news.article a join news.article_slug s on s.article_id = a.id where s.slug = :slug")
                .param("slug", slug).query(ArticleRepository::article).optional();
    }

    List<ArticleSummary> published(String topic, Instant now, long offset, int limit) {
        return jdbc.sql("select " + SUMMARY + " from news.article a where " + VISIBLE
                        + (topic == null ? "" : " and a.topics @> array[cast(:topic as text)]")
                        + " order by a.published_at desc, a.id desc offset :offset limit :limit")
                .param("now", Timestamp.from(now)).param("topic", topic).param("offset", offset).param("limit", limit)
                .query(ArticleRepository::summary).list();
    }

    long countPublished(String topic, Instant now) {
        return jdbc.sql("select count(*) from news.article a where " + VISIBLE
                        + (topic == null ? "" : " and a.topics @> array[cast(:topic as text)]"))
                .param("now", Timestamp.from(now)).param("topic", topic).query(Long.class).single();
    }

    /** The newest public articles for the feeds: members-only articles never appear there. */
    List<Article> forFeed(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from news.article a where " + VISIBLE
                        + " and not a.members_only order by a.published_at desc, a.id desc limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(ArticleRepository::article).list();
    }

    /**
     * What the feeds are made of: the id and times of the newest public articles. The feed changes exactly when
     * these rows do (an edit moves updated_at), and reading them is one short index scan, whatever the number
     * of articles.
     */
    FeedVersion feedVersion(Instant now, int limit) {
        var rows = jdbc.sql("select a.id, a.published_at, a.updated_at from news.article a where " + VISIBLE
                        + " and not a.members_only order by a.published_at desc, a.id desc limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getTimestamp("published_at").getTime(),
                        rs.getTimestamp("updated_at").getTime()})
                .list();
        Instant changed = null;
        var digest = new StringBuilder();
        for (long[] row : rows) {
            Instant latest = Instant.ofEpochMilli(Math.max(row[1], row[2]));
            changed = changed == null || latest.isAfter(changed) ? latest : changed;
            digest.append(row[0]).append(':').append(row[1]).append(':').append(row[2]).append(';');
        }
        return new FeedVersion(changed, digest.toString());
    }

    record FeedVersion(Instant changed, String digest) {
    }

    List<ArticleSummary> related(Article article, Instant now, int limit) {
        if (article.topics().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SUMMARY + " from news.article a where " + VISIBLE
                        + " and a.id <> :id and a.topics && cast(:topics as text[])"
                        + " order by a.published_at desc, a.id desc limit :limit")
                .param("now", Timestamp.from(now)).param("id", article.id())
                .param("topics", article.topics().toArray(String[]::new)).param("limit", limit)
                .query(ArticleRepository::summary).list();
    }

    List<ArticleSummary> publishedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + SUMMARY + " from news.article a where a.status = 'PUBLISHED'"
                        + " and a.published_at > :from and a.published_at <= :to order by a.published_at desc, a.id desc limit 20")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(ArticleRepository::summary).list();
    }

    /** Every article for editors, drafts included, most recently changed first. */
    List<Article> forEditors(long offset, int limit) {
        return jdbc.sql("select " + COLUMNS.replace("a.body_markdown, a.body_html", "'' as body_markdown, '' as body_html")
                        + " from news.article a order by a.updated_at desc, a.id desc offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query(ArticleRepository::article).list();
    }

    long count() {
        return jdbc.sql("select count(*) from news.article").query(Long.class).single();
    }

    void addRevision(long articleId, ArticleDraft draft, Long savedById, String savedByName, Instant now) {
        jdbc.sql("""
                insert into news.article_revision (article_id, title, standfirst, body_markdown, topics, members_only,
                    featured, saved_by_id, saved_by_name, saved_at)
                values (:article, :title, :standfirst, :markdown, cast(:topics as text[]), :membersOnly, :featured,
                    :savedById, :savedByName, :now)""")
                .param("article", articleId).param("title", draft.title()).param("standfirst", draft.standfirst())
                .param("markdown", draft.bodyMarkdown()).param("topics", draft.topics().toArray(String[]::new))
                .param("membersOnly", draft.membersOnly()).param("featured", draft.featured())
                .param("savedById", savedById).param("savedByName", savedByName).param("now", Timestamp.from(now))
                .update();
    }

    List<ArticleRevision> revisions(long articleId) {
        return jdbc.sql("""
                select id, article_id, title, standfirst, body_markdown, topics, members_only, featured, saved_by_name,
                       saved_at
                from news.article_revision where article_id = :article order by saved_at desc, id desc""")
                .param("article", articleId).query(ArticleRepository::revision).list();
    }

    Optional<ArticleRevision> revision(long articleId, long revisionId) {
        return jdbc.sql("""
                select id, article_id, title, standfirst, body_markdown, topics, members_only, featured, saved_by_name,
                       saved_at
                from news.article_revision where article_id = :article and id = :id""")
                .param("article", articleId).param("id", revisionId).query(ArticleRepository::revision).optional();
    }

    List<ArticleSummary> byAuthor(long memberId) {
        return jdbc.sql("select " + SUMMARY + " from news.article a where a.author_id = :id order by a.created_at")
                .param("id", memberId).query(ArticleRepository::summary).list();
    }

    void anonymise(long memberId) {
        // updated_at moves too, so feeds (and their ETags) drop the erased name at once.
        jdbc.sql("update news.article set author_id = null, author_name = 'Former member', updated_at = now() where author_id = :id")
                .param("id", memberId).update();
        jdbc.sql("update news.article_revision set saved_by_id = null, saved_by_name = 'Former member' where saved_by_id = :id")
                .param("id", memberId).update();
        jdbc.sql("update news.article_image set uploaded_by_id = null where uploaded_by_id = :id").param("id", memberId).update();
        jdbc.sql("update news.network_page set updated_by_id = null where updated_by_id = :id").param("id", memberId).update();
        jdbc.sql("update news.resource set created_by_id = null where created_by_id = :id").param("id", memberId).update();
    }

    boolean exists(String slug) {
        return jdbc.sql("select exists (select 1 from news.article_slug where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("standfirst"),
                rs.getString("body_markdown"), rs.getString("body_html"), strings(rs.getArray("topics")),
                (Long) rs.getObject("author_id"), rs.getString("author_name"), ArticleStatus.valueOf(rs.getString("status")),
                rs.getBoolean("members_only"), rs.getBoolean("featured"), instant(rs, "published_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
        return new ArticleSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("standfirst"), strings(rs.getArray("topics")), rs.getString("author_name"),
                rs.getBoolean("members_only"), rs.getBoolean("featured"), instant(rs, "published_at"));
    }

    private static ArticleRevision revision(ResultSet rs, int n) throws SQLException {
        return new ArticleRevision(rs.getLong("id"), rs.getLong("article_id"), rs.getString("title"),
                rs.getString("standfirst"), rs.getString("body_markdown"), strings(rs.getArray("topics")),
                rs.getBoolean("members_only"), rs.getBoolean("featured"), rs.getString("saved_by_name"),
                instant(rs, "saved_at"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
