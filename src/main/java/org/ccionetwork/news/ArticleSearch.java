package org.ccionetwork.news;

import java.sql.Timestamp;
import java.time.Clock;

import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published articles in the site-wide search, in one statement: the best of the newest matches, and how many
 * matched up to {@link SearchGroup#COUNT_CAP}. Members-only articles are left out for
 * visitors altogether (not even their titles), as the feeds do.
 */
@Component
class ArticleSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    ArticleSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "news";
    }

    @Override
    public String heading() {
        return "News";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        // Only the newest RANKED matches are ranked and only up to just past COUNT_CAP are counted, so a
        // word in every one of twenty thousand articles costs what a rare one does (ranking them all, each
        // article's document read whole, took 250 to 390 ms on the generated data).
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                matches as materialized (
                    select a.id, a.published_at from news.article a, q
                    where a.status = 'PUBLISHED' and a.published_at <= :now and a.search_vector @@ q.query
                      and (:members or not a.members_only)
                    order by a.published_at desc, a.id desc limit :cap
                ),
                ranked as (
                    select a.slug, a.title, a.standfirst, a.body_markdown, a.published_at, a.members_only, a.id,
                           ts_rank(a.search_vector, q.query) as rank, (select count(*) from matches) as total
                    from (select id from matches order by published_at desc, id desc limit :candidates) c
                         join news.article a on a.id = c.id, q
                    order by rank desc, a.published_at desc, a.id desc limit :limit
                )
                select r.*, ts_headline('english', r.standfirst || ' ' || regexp_replace(r.body_markdown,
                           '!?\\[([^]]*)\\]\\([^)]*\\)|[#*_`>~|]+', '\\1 ', 'g'), q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.published_at desc, r.id desc
                """)
                .param("q", query.text()).param("now", Timestamp.from(clock.instant())).param("members", viewer != null)
                .param("limit", query.limit()).param("options", SearchResult.HEADLINE_OPTIONS)
                .param("cap", SearchGroup.COUNT_CAP + 1).param("candidates", SearchGroup.RANKED),
                (rs, n) -> {
                    String detail = Dates.date(rs.getTimestamp("published_at").toInstant())
                            + (rs.getBoolean("members_only") ? " · Members only" : "");
                    return new SearchResult(rs.getString("title"), "/news/" + rs.getString("slug"), detail,
                            SearchResult.highlight(rs.getString("snippet")));
                });
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), null);
    }
}
