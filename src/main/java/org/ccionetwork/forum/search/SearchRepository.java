package org.ccionetwork.forum.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ccionetwork.forum.ForumProperties;
import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchRows;
import org.postgresql.PGStatement;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over titles and posts, in PostgreSQL's {@code websearch_to_tsquery} syntax (words, "quoted
 * phrases", {@code -word}, {@code or}): each post's {@code search_document} (English configuration; its
 * thread's title weighted above the text on the first post) is kept by triggers in the transaction that wrote
 * the post or the title, with one GIN index, and a covering index in post order for walking the newest
 * posts. Only published posts of published threads are found: a post held for a moderator enters search when
 * it is approved. Snippets are made for the one page of results only. A search still running after
 * {@code ccio.forum.search-timeout-seconds} is cancelled by the driver and fails as {@link SearchTookTooLong},
 * so that no search holds a connection for longer.
 */
@Repository
class SearchRepository {

    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    /** PostgreSQL's code for a statement cancelled, here by the driver at the query timeout. */
    private static final String QUERY_CANCELED = "57014";

    /** How many of the newest posts a phrase or a -word is first looked for in by walking them. */
    static final int RECENT_POSTS = 20_000;

    private final JdbcClient jdbc;
    /** {@link #RECENT_POSTS}, which a test makes small enough for a few posts to reach past it. */
    private volatile int recentPosts = RECENT_POSTS;

    SearchRepository(DataSource dataSource, ForumProperties properties) {
        var template = new JdbcTemplate(dataSource) {
            /**
             * Never a server-side prepared statement: after five runs of one statement PostgreSQL may keep a
             * generic plan, made without the query's words, and the best plan depends on how common they are (a
             * phrase of common words took 1.7 s with the generic plan, 0.4 s planned for its words).
             */
            @Override
            protected void applyStatementSettings(Statement statement) throws SQLException {
                super.applyStatementSettings(statement);
                statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
        };
        template.setQueryTimeout(properties.searchTimeoutSeconds());
        this.jdbc = JdbcClient.create(template);
    }

    void recentPosts(int posts) {
        this.recentPosts = posts;
    }

    List<SearchHit> search(String query, boolean hideChathamHouse, String categorySlug, Collection<Long> authorIds,
            Instant since, boolean questionsOnly, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", query);
        params.put("limit", limit);
        params.put("candidates", SearchGroup.RANKED);
        params.put("recent", recentPosts);
        StringBuilder filters = new StringBuilder(visibility(hideChathamHouse));
        if (categorySlug != null) {
            filters.append(" and c.slug = :category");
            params.put("category", categorySlug);
        }
        if (authorIds != null) {
            // Searching by author would reveal who wrote what under the Chatham House rule.
            filters.append(" and p.author_id in (:authors) and not c.chatham_house");
            params.put("authors", authorIds.isEmpty() ? List.of(-1L) : authorIds);
        }
        if (since != null) {
            filters.append(" and p.created_at >= :since");
            params.put("since", Timestamp.from(since));
        }
        if (questionsOnly) {
            filters.append(" and t.question");
        }
        // One scan of the posts' document index finds titles and bodies together, filters included; only the
        // newest SearchGroup.RANKED matches are ranked, so a word in half of a million posts costs what a rare one does;
        // snippets are made for the page of results only.
        String sql = sql(query, filters.toString());
        return cancellable(query, () -> jdbc.sql(sql).params(params).query(SearchRepository::hit).list());
    }

    /** The best few of the newest matches for site search, and how many matched up to just past the cap. */
    SearchRows<SearchHit> counted(String query, boolean hideChathamHouse, int limit) {
        String sql = countedSql(query, visibility(hideChathamHouse));
        return cancellable(query, () -> SearchRows.of(jdbc.sql(sql).param("q", query).param("limit", limit)
                .param("candidates", SearchGroup.RANKED).param("cap", SearchGroup.COUNT_CAP + 1)
                .param("recent", recentPosts), SearchRepository::hit));
    }

    private static SearchHit hit(ResultSet rs, int row) throws SQLException {
        return new SearchHit(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("title"),
                rs.getString("category_name"), rs.getBoolean("question"), rs.getBoolean("chatham_house"),
                rs.getLong("author_id"), null, rs.getTimestamp("created_at").toInstant(),
                highlight(rs.getString("snippet")));
    }

    /**
     * The statement of {@link #search}. For words alone PostgreSQL estimates well how many posts match, and
     * for a common word it walks the posts newest first, in the covering index {@code post_newest_documents},
     * and stops at the hundredth match, sooner than reading the document index's every match (2 to 5 ms
     * against 0.8 s for two words in 40% of a million posts). For a "quoted phrase", a hyphenated word (a
     * phrase to PostgreSQL) or a -word it counts every post with each word as a match, far too many: walking
     * newest first for a phrase found in few posts then reads every post. Such queries walk only the newest
     * posts, then go through the document index for the older ones if need be, whose cost is bounded by the
     * posts with all the words (0.4 to 0.5 s on the generated million, whose small vocabulary puts three
     * common words together in 28% of posts); see {@link #newestMatches}.
     */
    static String sql(String query, String filters) {
        return """
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                candidates as materialized (%s),
                """.formatted(newestMatches(query, filters, ":candidates"))
                + RANKED_AND_SNIPPETS.formatted("", START, STOP);
    }

    /**
     * The statement of {@link #counted}: the newest matches up to just past the cap, counted, and the newest
     * {@link SearchGroup#RANKED} of them ranked, from one scan.
     */
    static String countedSql(String query, String filters) {
        return """
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                matches as materialized (%s),
                candidates as materialized (select id, search_document from matches order by id desc limit :candidates),
                """.formatted(newestMatches(query, filters, ":cap"))
                + RANKED_AND_SNIPPETS.formatted(", (select count(*) from matches) as total", START, STOP);
    }

    /**
     * The end of both statements: the candidates ranked, and for the page of them shown their threads, categories
     * and snippets. The candidates carry only what the posts' newest-documents index holds, so that walking
     * the posts newest first reads that index alone, never the posts' rows.
     */
    private static final String RANKED_AND_SNIPPETS = """
                ranked as (
                    select m.id, ts_rank(m.search_document, q.query) as rank from candidates m, q
                    order by rank desc, m.id desc limit :limit
                )
                select p.id, t.id as thread_id, t.title, c.name as category_name, t.question, c.chatham_house,
                       p.author_id, p.created_at%s, ts_headline('english', p.body_text, q.query,
                    'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                from ranked r join forum.post p on p.id = r.id join forum.thread t on t.id = p.thread_id
                     join forum.category c on c.id = t.category_id, q
                order by r.rank desc, r.id desc
                """;

    /**
     * The newest matches, up to {@code limit}, with their documents. Words alone walk the posts newest first.
     * A phrase or a -word is first looked for by walking the newest {@link #RECENT_POSTS} posts only (a few
     * milliseconds at most), and only when those hold fewer matches than the limit are the older posts searched
     * through the document index, ordered by an expression no index gives: PostgreSQL runs a {@code union all}'s
     * parts in order and stops at the limit, so a phrase common enough to be found among the newest posts
     * costs 3 to 5 ms instead of 0.4 s on the generated million, and a rare one what it did before.
     */
    private static String newestMatches(String query, String filters, String limit) {
        String matching = """
                select p.id, p.search_document
                from forum.post p join forum.thread t on t.id = p.thread_id
                     join forum.category c on c.id = t.category_id, q
                where p.search_document @@ q.query %s""".formatted(filters);
        if (!overestimated(query)) {
            return matching + " order by p.id desc limit " + limit;
        }
        String boundary = "(select max(id) - :recent from forum.post)";
        return "(" + matching + " and p.id > " + boundary + " order by p.id desc limit " + limit + ")"
                + " union all (" + matching + " and p.id + 0 <= " + boundary + " order by p.id + 0 desc limit " + limit + ")"
                + " limit " + limit;
    }

    /** Whether the query has a phrase, a hyphenated word or a -word, whose matches PostgreSQL overstates. */
    static boolean overestimated(String query) {
        return query.indexOf('"') >= 0 || query.indexOf('-') >= 0;
    }

    /** Runs a statement of this repository, a cancellation at the query timeout told as {@link SearchTookTooLong}. */
    private static <T> T cancellable(String query, Supplier<T> statement) {
        try {
            return statement.get();
        } catch (DataAccessException e) {
            if (cancelled(e)) {
                throw new SearchTookTooLong(query, e);
            }
            throw e;
        }
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What search may find: published posts of published threads (the index holds published, visible posts
     * only, so these conditions also let the planner use it), and no Chatham House category for sponsors' staff.
     */
    private static String visibility(boolean hideChathamHouse) {
        return " and p.state = 'PUBLISHED' and p.hidden_reason is null and t.state = 'PUBLISHED'"
                + (hideChathamHouse ? " and not c.chatham_house" : "");
    }

    /** Escapes the snippet, then turns the markers PostgreSQL put round the matches into {@code <mark>}. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
