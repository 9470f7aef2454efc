package org.ccionetwork.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The programme as lists: upcoming (filtered), past, everything for editors, the public calendar, the next few. */
@Repository
class ProgrammeRepository {

    private static final String SELECT = EventRepository.SELECT;

    private final JdbcClient jdbc;

    ProgrammeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String topic, String sector, Instant from, Instant until) {
    }

    List<Event> upcoming(Filter filter, Instant now, long offset, int limit) {
        var where = upcomingWhere(filter, now);
        // The events still to come are found by their end (event_published_ends_starts_idx, which holds their start times too) and sorted in memory; left to
        // itself the planner walks the start-time index through every past event. Registration counts are then
        // taken for the page's events only.
        return jdbc.sql("with upcoming as materialized (select e.id, e.starts_at from events.event e" + where.sql()
                        + "), page as (select id from upcoming order by starts_at, id offset :offset limit :limit) "
                        + SELECT + " where e.id in (select id from page) order by e.starts_at, e.id")
                .params(where.params()).param("offset", offset).param("limit", limit)
                .query(EventRepository::map).list();
    }

    long countUpcoming(Filter filter, Instant now) {
        var where = upcomingWhere(filter, now);
        return jdbc.sql("select count(*) from events.event e" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where upcomingWhere(Filter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(" where e.status = 'PUBLISHED' and e.ends_at > :now");
        params.put("now", Timestamp.from(now));
        if (filter.topic() != null) {
            sql.append(" and exists (select 1 from events.event_topic et where et.event_id = e.id and et.topic_slug = :topic)");
            params.put("topic", filter.topic());
        }
        if (filter.sector() != null) {
            sql.append(" and e.sector = :sector");
            params.put("sector", filter.sector());
        }
        if (filter.from() != null) {
            sql.append(" and e.starts_at >= :from and e.starts_at < :until");
            params.put("from", Timestamp.from(filter.from()));
            params.put("until", Timestamp.from(filter.until()));
        }
        return new Where(sql.toString(), params);
    }

    List<Event> past(Instant now, long offset, int limit) {
        return jdbc.sql(SELECT + " where e.status = 'PUBLISHED' and e.ends_at <= :now order by e.starts_at desc, e.id desc offset :offset limit :limit")
                .param("now", Timestamp.from(now)).param("offset", offset).param("limit", limit)
                .query(EventRepository::map).list();
    }

    long countPast(Instant now) {
        return jdbc.sql("select count(*) from events.event e where e.status = 'PUBLISHED' and e.ends_at <= :now")
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** Every event, newest first, for editors. */
    List<Event> all(long offset, int limit) {
        return jdbc.sql(SELECT + " order by e.starts_at desc, e.id desc offset :offset limit :limit")
                .param("offset", offset).param("limit", limit).query(EventRepository::map).list();
    }

    long countAll() {
        return jdbc.sql("select count(*) from events.event").query(Long.class).single();
    }

    /** Published and cancelled events from a year ago onwards, for the public calendar. */
    List<Event> forCalendar(Instant since) {
        return jdbc.sql(SELECT + " where e.status in ('PUBLISHED', 'CANCELLED') and e.starts_at >= :since order by e.starts_at limit 1000")
                .param("since", Timestamp.from(since)).query(EventRepository::map).list();
    }

    /** The next few published events, for the home page. */
    List<Event> next(Instant now, int limit) {
        return jdbc.sql(SELECT + " where e.status = 'PUBLISHED' and e.starts_at > :now order by e.starts_at, e.id limit :limit")
                .param("now", Timestamp.from(now)).param("limit", limit).query(EventRepository::map).list();
    }
}
