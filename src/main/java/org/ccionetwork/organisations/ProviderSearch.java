package org.ccionetwork.organisations;

import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * NHS providers of the register (not retired) in the site-wide search, by name, ODS code or postcode, in one
 * statement; the register's own search (with filters and word prefixes) is linked for the rest.
 */
@Component
class ProviderSearch implements SearchSource {

    private final JdbcClient jdbc;

    ProviderSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "organisations";
    }

    @Override
    public String heading() {
        return "NHS organisations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('simple', :q) as query),
                ranked as (
                    select o.ods_code, o.name, o.sector, o.region, o.postcode,
                           ts_rank(o.search_vector, q.query) + case when o.ods_code = upper(:q) then 1 else 0 end as rank,
                           count(*) over () as total
                    from organisations.organisation o, q
                    where o.kind = 'NHS_PROVIDER' and o.retired_at is null
                      and (o.search_vector @@ q.query or o.ods_code = upper(:q))
                    order by rank desc, o.name limit :limit
                )
                select r.*, ts_headline('simple', r.name, q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.name
                """)
                .param("q", query.text()).param("limit", query.limit()).param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> {
                    StringBuilder detail = new StringBuilder(rs.getString("ods_code"));
                    for (String column : new String[] {"sector", "region", "postcode"}) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) {
                            detail.append(" · ").append(value);
                        }
                    }
                    return new SearchResult(rs.getString("name"), "/organisations/" + rs.getString("ods_code"),
                            detail.toString(), SearchResult.highlight(rs.getString("snippet")));
                });
        String more = "/organisations?q=" + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8);
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), more);
    }
}
