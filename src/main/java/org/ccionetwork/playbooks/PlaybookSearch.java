package org.ccionetwork.playbooks;

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
 * Published playbooks in the site-wide search, in one statement: their titles, summaries and sections (never the
 * quotes' words, which may be withheld); members-only playbooks for members only.
 */
@Component
class PlaybookSearch implements SearchSource {

    private final JdbcClient jdbc;

    PlaybookSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "playbooks";
    }

    @Override
    public String heading() {
        return "Playbooks";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                ranked as (
                    select p.slug, p.title, p.summary, p.body_text, p.updated_at, p.members_only,
                           ts_rank(p.search_vector, q.query) as rank, count(*) over () as total
                    from playbooks.playbook p, q
                    where p.status = 'PUBLISHED' and (not p.members_only or :member) and p.search_vector @@ q.query
                    order by rank desc, p.updated_at desc, p.id limit :limit
                )
                select r.*, ts_headline('english', r.summary || ' ' || left(r.body_text, 5000), q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.updated_at desc
                """)
                .param("q", query.text()).param("member", viewer != null).param("limit", query.limit())
                .param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> new SearchResult(rs.getString("title"), "/playbooks/" + rs.getString("slug"),
                        "Playbook · updated " + Dates.date(rs.getTimestamp("updated_at").toInstant())
                                + (rs.getBoolean("members_only") ? " · Members only" : ""),
                        SearchResult.highlight(rs.getString("snippet"))));
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), null);
    }
}
