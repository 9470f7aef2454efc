package org.ccionetwork.news.resources;

import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The resource library in the site-wide search, in one statement; members-only resources only for members. */
@Component
class ResourceSearch implements SearchSource {

    private final JdbcClient jdbc;

    ResourceSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "resources";
    }

    @Override
    public String heading() {
        return "Resources";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                ranked as (
                    select r.id, r.title, r.description, r.kind, r.members_only, r.created_at,
                           ts_rank(r.search_vector, q.query) as rank, count(*) over () as total
                    from news.resource r, q
                    where r.search_vector @@ q.query and (:members or not r.members_only)
                    order by rank desc, r.created_at desc, r.id desc limit :limit
                )
                select r.*, ts_headline('english', r.description, q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.created_at desc, r.id desc
                """)
                .param("q", query.text()).param("members", viewer != null).param("limit", query.limit())
                .param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> {
                    String detail = ResourceKind.valueOf(rs.getString("kind")).label()
                            + (rs.getBoolean("members_only") ? " · Members only" : "");
                    return new SearchResult(rs.getString("title"), "/resources/" + rs.getLong("id"), detail,
                            SearchResult.highlight(rs.getString("snippet")));
                });
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), null);
    }
}
