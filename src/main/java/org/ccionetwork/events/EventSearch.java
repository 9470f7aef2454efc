package org.ccionetwork.events;

import java.time.Clock;
import java.time.Instant;

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
 * Published events, coming and past, in the site-wide search, in one statement. Of two equally good matches
 * the one coming soonest goes first, then past ones from the most recent.
 */
@Component
class EventSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    EventSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "events";
    }

    @Override
    public String heading() {
        return "Events";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        Instant now = clock.instant();
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('english', :q) as query),
                ranked as (
                    select e.id, e.slug, e.title, e.summary_markdown, e.starts_at, e.ends_at, e.venue, e.online_link,
                           ts_rank(e.search_vector, q.query) as rank, e.ends_at <= :now as past,
                           count(*) over () as total
                    from events.event e, q
                    where e.status = 'PUBLISHED' and e.search_vector @@ q.query
                    order by rank desc, past, abs(extract(epoch from e.starts_at - :now)), e.id limit :limit
                )
                select r.*, ts_headline('english', regexp_replace(r.summary_markdown,
                           '!?\\[([^]]*)\\]\\([^)]*\\)|[#*_`>~|]+', '\\1 ', 'g'), q.query, :options) as snippet
                from ranked r, q order by r.rank desc, r.past, abs(extract(epoch from r.starts_at - :now)), r.id
                """)
                .param("q", query.text()).param("now", java.sql.Timestamp.from(now)).param("limit", query.limit())
                .param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> {
                    String venue = rs.getString("venue");
                    boolean online = rs.getString("online_link") != null && !rs.getString("online_link").isBlank();
                    String place = venue != null && !venue.isBlank() ? (online ? venue + " and online" : venue)
                            : online ? "Online" : "Venue to be announced";
                    String detail = Dates.dateTime(rs.getTimestamp("starts_at").toInstant()) + " · " + place
                            + (rs.getBoolean("past") ? " · Past event" : "");
                    return new SearchResult(rs.getString("title"), "/events/" + rs.getString("slug"), detail,
                            SearchResult.highlight(rs.getString("snippet")));
                });
        return new SearchGroup(kind(), heading(), found.total(), found.rows(), null);
    }
}
