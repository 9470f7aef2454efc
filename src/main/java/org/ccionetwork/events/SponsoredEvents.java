package org.ccionetwork.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccionetwork.shared.Dates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which published events each partner or sponsor supports, for the partners page. */
@Service
public class SponsoredEvents {

    /** A published event an organisation sponsors. */
    public record SponsoredEvent(long organisationId, String slug, String title, Instant startsAt, boolean upcoming) {
        public String path() {
            return "/events/" + slug;
        }

        public String date() {
            return Dates.date(startsAt);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SponsoredEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * For every sponsoring organisation, up to {@code perSponsor} published events: the coming ones soonest first,
     * then the past ones latest first. One query, keyed by organisation id.
     */
    public Map<Long, List<SponsoredEvent>> bySponsor(int perSponsor) {
        Map<Long, List<SponsoredEvent>> bySponsor = new LinkedHashMap<>();
        jdbc.sql("""
                select organisation_id, slug, title, starts_at, upcoming from (
                    select s.organisation_id, e.slug, e.title, e.starts_at, e.ends_at > :now as upcoming,
                           row_number() over (partition by s.organisation_id
                                              order by e.ends_at > :now desc,
                                                       case when e.ends_at > :now then e.starts_at end,
                                                       e.starts_at desc, e.id) as n
                    from events.event_sponsor s join events.event e on e.id = s.event_id
                    where e.status = 'PUBLISHED') ranked
                where n <= :limit
                order by organisation_id, n""")
                .param("now", Timestamp.from(clock.instant())).param("limit", perSponsor)
                .query((rs, n) -> new SponsoredEvent(rs.getLong("organisation_id"), rs.getString("slug"),
                        rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), rs.getBoolean("upcoming")))
                .list()
                .forEach(event -> bySponsor.computeIfAbsent(event.organisationId(), id -> new ArrayList<>()).add(event));
        return bySponsor;
    }
}
