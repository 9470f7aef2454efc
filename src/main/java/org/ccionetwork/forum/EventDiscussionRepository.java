package org.ccionetwork.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which thread discusses which event (one each way, enforced by the table's keys), with the event's facts. */
@Repository
class EventDiscussionRepository {

    private final JdbcClient jdbc;

    EventDiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EventDiscussion> ofEvent(long eventId) {
        return jdbc.sql("""
                select d.event_id, d.thread_id, t.slug, c.name, t.reply_count, t.locked
                from forum.event_discussion d join forum.thread t on t.id = d.thread_id
                join forum.category c on c.id = t.category_id where d.event_id = :event""")
                .param("event", eventId)
                .query((rs, n) -> new EventDiscussion(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getBoolean(6)))
                .optional();
    }

    /** Links the event to the thread, replacing the thread it had (see {@link #threadTaken} first). */
    void link(DiscussedEvent event, long threadId, Instant at) {
        jdbc.sql("""
                insert into forum.event_discussion (event_id, thread_id, event_slug, event_title, event_when, event_where,
                    ends_at, linked_at)
                values (:event, :thread, :slug, :title, :when, :where, :ends, :at)
                on conflict (event_id) do update set thread_id = excluded.thread_id, linked_at = excluded.linked_at,
                    followed_up_at = null""")
                .param("event", event.eventId()).param("thread", threadId).param("slug", event.slug())
                .param("title", event.title()).param("when", event.when()).param("where", event.where())
                .param("ends", Timestamp.from(event.endsAt())).param("at", Timestamp.from(at))
                .update();
    }

    boolean threadTaken(long threadId, long eventId) {
        return jdbc.sql("select exists(select 1 from forum.event_discussion where thread_id = :thread and event_id <> :event)")
                .param("thread", threadId).param("event", eventId).query(Boolean.class).single();
    }

    void refresh(DiscussedEvent event) {
        jdbc.sql("""
                update forum.event_discussion set event_slug = :slug, event_title = :title, event_when = :when,
                    event_where = :where, ends_at = :ends where event_id = :event""")
                .param("event", event.eventId()).param("slug", event.slug()).param("title", event.title())
                .param("when", event.when()).param("where", event.where()).param("ends", Timestamp.from(event.endsAt()))
                .update();
    }

    /**
     * Marks the thread's first reply after its event ended, once: the event it discusses when this reply is that
     * first one, or nothing (not an event's thread, the event not over, or followed up already).
     */
    Optional<DiscussedEvent> followUp(long threadId, Instant at) {
        return jdbc.sql("""
                update forum.event_discussion set followed_up_at = :at
                where thread_id = :thread and followed_up_at is null and ends_at <= :at
                returning event_id, event_slug, event_title, event_when, event_where, ends_at""")
                .param("thread", threadId).param("at", Timestamp.from(at))
                .query((rs, n) -> new DiscussedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Those of the events that have a discussion thread. */
    List<Long> linked(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select event_id from forum.event_discussion where event_id in (:ids)").param("ids", eventIds)
                .query(Long.class).list();
    }
}
