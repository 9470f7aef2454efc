package org.ccionetwork.forum.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ccionetwork.shared.SearchGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search over titles and posts: generated {@code tsvector} columns (English configuration) with GIN
 * indexes, so the index is current in the transaction that wrote the post. Only published posts of published
 * threads are found: a post held for a moderator enters search when it is approved. Snippets are made for the
 * one page of results only.
 */
@Repository
class SearchRepository {

    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    static final int CANDIDATES = 300;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SearchHit> search(String query, boolean hideChathamHouse, String categorySlug, Collection<Long> authorIds,
            Instant since, boolean questionsOnly, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("q", query);
        params.put("limit", limit);
        // Ranking reads every candidate's tsvector: rank the 300 most recent matches only, so a common word in a
        // million posts costs the same as a rare one (the planner walks the id index or the GIN index).
        params.put("candidates", CANDIDATES);
        StringBuilder filters = new StringBuilder();
        if (hideChathamHouse) {
            filters.append(" and not c.chatham_house");
        }
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
        String sql = """
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                matches as (
                    (select p.id from forum.post p, q where p.search_vector @@ q.query order by p.id desc limit :candidates)
                    union
                    (select p.id from forum.thread t join forum.post p on p.thread_id = t.id and p.position = 0, q
                     where t.search_vector @@ q.query order by t.id desc limit :candidates)
                ),
                ranked as (
                    select p.id, t.id as thread_id, t.title, c.name as category_name, t.question, c.chatham_house,
                           p.author_id, p.created_at, p.body_text,
                           ts_rank(p.search_vector, q.query) + case when p.position = 0 and t.search_vector @@ q.query
                               then 1 else 0 end as rank
                    from matches m join forum.post p on p.id = m.id join forum.thread t on t.id = p.thread_id
                         join forum.category c on c.id = t.category_id, q
                    where p.hidden_reason is null and p.state = 'PUBLISHED' and t.state = 'PUBLISHED' %s
                    order by rank desc, p.id desc limit :limit
                )
                select r.*, ts_headline('english', r.body_text, q.query,
                    'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                from ranked r, q order by r.rank desc, r.id desc
                """.formatted(filters, START, STOP);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new SearchHit(rs.getLong("id"), rs.getLong("thread_id"), rs.getString("title"),
                        rs.getString("category_name"), rs.getBoolean("question"), rs.getBoolean("chatham_house"),
                        rs.getLong("author_id"), null, rs.getTimestamp("created_at").toInstant(),
                        highlight(rs.getString("snippet"))))
                .list();
    }

    /** How many visible posts match, for the site-wide search's count: the same matches as {@link #search}. */
    /** Counts matches up to just past {@link SearchGroup#COUNT_CAP}, newest first, so the cost is bounded. */
    long count(String query, boolean hideChathamHouse) {
        return jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                matches as (
                    (select p.id from forum.post p, q where p.search_vector @@ q.query order by p.id desc limit :cap)
                    union
                    (select p.id from forum.thread t join forum.post p on p.thread_id = t.id and p.position = 0, q
                     where t.search_vector @@ q.query order by t.id desc limit :cap)
                )
                select count(*) from (
                    select 1 from matches m join forum.post p on p.id = m.id join forum.thread t on t.id = p.thread_id
                         join forum.category c on c.id = t.category_id
                    where p.hidden_reason is null and p.state = 'PUBLISHED' and t.state = 'PUBLISHED' and (not :hide or not c.chatham_house)
                    limit :cap) counted
                """).param("q", query).param("hide", hideChathamHouse).param("cap", SearchGroup.COUNT_CAP + 1)
                .query(Long.class).single();
    }

    /** Escapes the snippet, then turns the markers PostgreSQL put round the matches into {@code <mark>}. */
    static String highlight(String snippet) {
        return HtmlUtils.htmlEscape(snippet == null ? "" : snippet).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
