package org.ccionetwork.standards;

import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The standards of the list (current ones first) in the site-wide search, by name and description, in one statement. */
@Component
class StandardSearch implements SearchSource {

    private final JdbcClient jdbc;

    StandardSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "standards";
    }

    @Override
    public String heading() {
        return "Standards";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                ranked as (
                    select s.slug, s.name, s.description, s.kind, s.retired_at,
                           ts_rank(s.search_vector, q.query) - case when s.retired_at is null then 0 else 1 end as rank,
                           count(*) over () as total
                    from standards.standard s, q
                    where s.search_vector @@ q.query
                    order by rank desc, s.position, s.name limit :limit
                )
                select r.*, ts_headline('english', r.name || ': ' || r.description, q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.name
                """).param("q", query.text()).param("limit", query.limit()).param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> new SearchResult(rs.getString("name"), "/standards?standard=" + rs.getString("slug") + "#focus",
                        StandardKind.valueOf(rs.getString("kind")).label() + (rs.getTimestamp("retired_at") == null ? "" : " · retired"),
                        SearchResult.highlight(rs.getString("snippet"))));
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), "/standards");
    }
}
