package org.ccionetwork.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events one at a time, with their topics, speakers and sponsors; the lists are in {@link ProgrammeRepository}. */
@Repository
class EventRepository {

    /** The columns of {@link Event}, with the counts of places taken and people waiting. */
    static final String SELECT = """
            select e.id, e.slug, e.title, e.summary_markdown, e.summary_html, e.sector, e.starts_at, e.ends_at,
                   e.venue, e.online_link, e.capacity, e.registration_opens_at, e.registration_closes_at, e.status,
                   e.series_id, s.name as series_name, e.cpd_hours, e.slides_url, e.notes_url, e.sequence,
                   (select count(*) from events.registration r where r.event_id = e.id and r.status = 'CONFIRMED') as confirmed,
                   (select count(*) from events.registration r where r.event_id = e.id and r.status = 'WAITING') as waiting
            from events.event e left join events.series s on s.id = e.series_id
            """;

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Event> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where e.slug = :slug").param("slug", slug).query(EventRepository::map).optional();
    }

    Optional<Event> findById(long id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(EventRepository::map).optional();
    }

    /**
     * Locks the event row until the end of the transaction and reads it afresh. Every change to an event's
     * places happens under this lock, so the count read after it is exact, on one instance or many.
     */
    Optional<Event> lockBySlug(String slug) {
        Optional<Long> id = jdbc.sql("select id from events.event where slug = :slug for update")
                .param("slug", slug).query(Long.class).optional();
        return id.flatMap(this::findById);
    }

    /** The forum category an editor chose for the event's discussion, if any. */
    Optional<String> discussionCategory(long id) {
        return jdbc.sql("select discussion_category from events.event where id = :id").param("id", id)
                .query(String.class).optional();
    }

    void setDiscussionCategory(long id, String categorySlug) {
        jdbc.sql("update events.event set discussion_category = :category where id = :id")
                .param("id", id).param("category", categorySlug).update();
    }

    /** Every published event's id, for the discussions made at start for events that have none. */
    List<Long> publishedIds() {
        return jdbc.sql("select id from events.event where status = 'PUBLISHED' order by id").query(Long.class).list();
    }

    List<Event> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id in (:ids)").param("ids", ids).query(EventRepository::map).list();
    }

    /** The topic slugs (of the shared list) of many events in one query. */
    Map<Long, List<String>> topicsOf(Collection<Long> eventIds) {
        Map<Long, List<String>> byEvent = new LinkedHashMap<>();
        if (eventIds.isEmpty()) {
            return byEvent;
        }
        jdbc.sql("""
                select event_id, topic_slug from events.event_topic where event_id in (:ids) order by event_id, topic_slug""")
                .param("ids", eventIds)
                .query(rs -> {
                    byEvent.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(rs.getString("topic_slug"));
                });
        return byEvent;
    }

    List<Speaker> speakers(long eventId) {
        return jdbc.sql("select name, role, organisation from events.speaker where event_id = :id order by position")
                .param("id", eventId)
                .query((rs, n) -> new Speaker(rs.getString("name"), rs.getString("role"), rs.getString("organisation")))
                .list();
    }

    List<Long> sponsorIds(long eventId) {
        return jdbc.sql("select organisation_id from events.event_sponsor where event_id = :id order by organisation_id")
                .param("id", eventId).query(Long.class).list();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from events.event where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    long insert(String slug, EventCommand command, Instant now) {
        long id = jdbc.sql("""
                insert into events.event (slug, title, summary_markdown, summary_html, sector, starts_at, ends_at, venue,
                    online_link, capacity, registration_opens_at, registration_closes_at, status, series_id, cpd_hours,
                    slides_url, notes_url, created_at, updated_at)
                values (:slug, :title, :md, :html, :sector, :starts, :ends, :venue, :link, :capacity, :opens, :closes,
                    :status, :series, :cpd, :slides, :notes, :now, :now)
                returning id""")
                .params(params(command)).param("slug", slug).param("series", seriesId(command.seriesName()))
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
        replaceParts(id, command);
        return id;
    }

    void update(long id, EventCommand command, Instant now) {
        jdbc.sql("""
                update events.event set title = :title, summary_markdown = :md, summary_html = :html, sector = :sector,
                    starts_at = :starts, ends_at = :ends, venue = :venue, online_link = :link, capacity = :capacity,
                    registration_opens_at = :opens, registration_closes_at = :closes, status = :status, series_id = :series,
                    cpd_hours = :cpd, slides_url = :slides, notes_url = :notes, sequence = sequence + 1, updated_at = :now
                where id = :id""")
                .params(params(command)).param("series", seriesId(command.seriesName()))
                .param("now", Timestamp.from(now)).param("id", id).update();
        replaceParts(id, command);
    }

    void setCapacity(long id, int capacity, Instant now) {
        jdbc.sql("update events.event set capacity = :capacity, updated_at = :now where id = :id")
                .param("capacity", capacity).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void cancel(long id, Instant now) {
        jdbc.sql("update events.event set status = 'CANCELLED', sequence = sequence + 1, updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    private Long seriesId(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        // The no-op update makes "returning" give the id of an existing series too.
        return jdbc.sql("""
                insert into events.series (name) values (:name)
                on conflict (name) do update set name = excluded.name returning id""")
                .param("name", name.strip()).query(Long.class).single();
    }

    private void replaceParts(long id, EventCommand command) {
        jdbc.sql("delete from events.event_topic where event_id = :id").param("id", id).update();
        for (String topic : command.topicSlugs()) {
            jdbc.sql("insert into events.event_topic (event_id, topic_slug) values (:id, :topic) on conflict do nothing")
                    .param("id", id).param("topic", topic).update();
        }
        jdbc.sql("delete from events.speaker where event_id = :id").param("id", id).update();
        int position = 0;
        for (Speaker speaker : command.speakers()) {
            jdbc.sql("insert into events.speaker (event_id, position, name, role, organisation) values (:id, :pos, :name, :role, :org)")
                    .param("id", id).param("pos", position++).param("name", speaker.name()).param("role", speaker.role())
                    .param("org", speaker.organisation()).update();
        }
        jdbc.sql("delete from events.event_sponsor where event_id = :id").param("id", id).update();
        for (Long sponsor : command.sponsorIds()) {
            jdbc.sql("insert into events.event_sponsor (event_id, organisation_id) values (:id, :org) on conflict do nothing")
                    .param("id", id).param("org", sponsor).update();
        }
    }

    private static Map<String, Object> params(EventCommand c) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", c.title());
        params.put("md", c.summaryMarkdown());
        params.put("html", c.summaryHtml());
        params.put("sector", c.sector());
        params.put("starts", Timestamp.from(c.startsAt()));
        params.put("ends", Timestamp.from(c.endsAt()));
        params.put("venue", c.venue());
        params.put("link", c.onlineLink());
        params.put("capacity", c.capacity());
        params.put("opens", ts(c.registrationOpensAt()));
        params.put("closes", ts(c.registrationClosesAt()));
        params.put("status", c.status().name());
        params.put("cpd", c.cpdHours());
        params.put("slides", c.slidesUrl());
        params.put("notes", c.notesUrl());
        return params;
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary_markdown"),
                rs.getString("summary_html"), rs.getString("sector"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                rs.getString("venue"), rs.getString("online_link"), rs.getInt("capacity"),
                instant(rs, "registration_opens_at"), instant(rs, "registration_closes_at"),
                EventStatus.valueOf(rs.getString("status")), (Long) rs.getObject("series_id"), rs.getString("series_name"),
                rs.getBigDecimal("cpd_hours"), rs.getString("slides_url"), rs.getString("notes_url"), rs.getInt("sequence"),
                rs.getInt("confirmed"), rs.getInt("waiting"));
    }
}
