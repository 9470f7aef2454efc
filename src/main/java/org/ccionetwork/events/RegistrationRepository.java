package org.ccionetwork.events;

import static org.ccionetwork.events.EventRepository.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrations, always changed while the event row is locked (see {@link EventRepository#lockBySlug}). */
@Repository
class RegistrationRepository {

    private static final String SELECT = """
            select id, event_id, member_id, status, needs, queue_position, registered_at, confirmed_at, cancelled_at,
                   checked_in_at
            from events.registration
            """;

    private final JdbcClient jdbc;

    RegistrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Registration> find(long eventId, long memberId) {
        return jdbc.sql(SELECT + " where event_id = :event and member_id = :member")
                .param("event", eventId).param("member", memberId).query(RegistrationRepository::map).optional();
    }

    Optional<Registration> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(RegistrationRepository::map).optional();
    }

    int countConfirmed(long eventId) {
        return jdbc.sql("select count(*) from events.registration where event_id = :event and status = 'CONFIRMED'")
                .param("event", eventId).query(Integer.class).single();
    }

    /**
     * Registers the member, or renews a cancelled registration. The queue position comes from a sequence
     * while the event is locked, so the waiting list keeps the order in which people pressed the button.
     */
    Registration register(long eventId, long memberId, RegistrationStatus status, String needs, Instant now) {
        return jdbc.sql("""
                insert into events.registration (event_id, member_id, status, needs, queue_position, registered_at, confirmed_at)
                values (:event, :member, :status, :needs, nextval('events.queue_position'), :now, :confirmedAt)
                on conflict (event_id, member_id) do update set status = excluded.status, needs = excluded.needs,
                    queue_position = excluded.queue_position, registered_at = excluded.registered_at,
                    confirmed_at = excluded.confirmed_at, cancelled_at = null, checked_in_at = null, reminded_at = null,
                    feedback_requested_at = null
                returning id, event_id, member_id, status, needs, queue_position, registered_at, confirmed_at,
                    cancelled_at, checked_in_at""")
                .param("event", eventId).param("member", memberId).param("status", status.name())
                .param("needs", needs).param("now", Timestamp.from(now))
                .param("confirmedAt", status == RegistrationStatus.CONFIRMED ? Timestamp.from(now) : null)
                .query(RegistrationRepository::map).single();
    }

    void cancel(long id, Instant now) {
        jdbc.sql("update events.registration set status = 'CANCELLED', cancelled_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The first people on the waiting list, in order. */
    List<Registration> firstWaiting(long eventId, int count) {
        return jdbc.sql(SELECT + " where event_id = :event and status = 'WAITING' order by queue_position limit :count")
                .param("event", eventId).param("count", count).query(RegistrationRepository::map).list();
    }

    void confirm(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update events.registration set status = 'CONFIRMED', confirmed_at = :now where id in (:ids)")
                .param("now", Timestamp.from(now)).param("ids", ids).update();
    }

    /** Everyone with a place or waiting, confirmed first, each in queue order. */
    List<Registration> active(long eventId) {
        return jdbc.sql(SELECT + " where event_id = :event and status <> 'CANCELLED' order by status, queue_position")
                .param("event", eventId).query(RegistrationRepository::map).list();
    }

    /** Every registration of an event, for the attendee list: confirmed, then waiting, then cancelled. */
    List<Registration> all(long eventId) {
        return jdbc.sql(SELECT + """
                 where event_id = :event
                order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end, queue_position""")
                .param("event", eventId).query(RegistrationRepository::map).list();
    }

    boolean checkIn(long id, long eventId, Instant now) {
        return jdbc.sql("""
                update events.registration set checked_in_at = coalesce(checked_in_at, :now)
                where id = :id and event_id = :event and status = 'CONFIRMED'""")
                .param("now", Timestamp.from(now)).param("id", id).param("event", eventId).update() == 1;
    }

    boolean undoCheckIn(long id, long eventId) {
        return jdbc.sql("update events.registration set checked_in_at = null where id = :id and event_id = :event")
                .param("id", id).param("event", eventId).update() == 1;
    }

    /** A member's registrations that are not cancelled, with their events. */
    List<Registration> ofMember(long memberId) {
        return jdbc.sql(SELECT + " where member_id = :member and status <> 'CANCELLED'")
                .param("member", memberId).query(RegistrationRepository::map).list();
    }

    /** Every registration of a member, for their data download. */
    List<Registration> everyOfMember(long memberId) {
        return jdbc.sql(SELECT + " where member_id = :member order by registered_at")
                .param("member", memberId).query(RegistrationRepository::map).list();
    }

    /** A claimed reminder or survey: who, for which event. */
    record Claimed(long registrationId, long eventId, long memberId) {
    }

    /**
     * Marks confirmed registrations of events starting within the lead time as reminded, and returns them. The
     * update claims each row once: a second run, here or on another instance, finds nothing left to claim.
     */
    List<Claimed> claimReminders(Instant now, Duration lead) {
        return jdbc.sql("""
                update events.registration r set reminded_at = :now
                from events.event e
                where e.id = r.event_id and e.status = 'PUBLISHED' and r.status = 'CONFIRMED' and r.reminded_at is null
                  and e.starts_at > :now and e.starts_at <= :horizon
                  and r.confirmed_at < e.starts_at - cast(:lead as interval)
                returning r.id, r.event_id, r.member_id""")
                .param("now", Timestamp.from(now)).param("horizon", Timestamp.from(now.plus(lead)))
                .param("lead", lead.toSeconds() + " seconds")
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("member_id"))).list();
    }

    /** Claims the checked-in registrations of events that ended, for the feedback survey; once each. */
    List<Claimed> claimFeedbackRequests(Instant now) {
        return jdbc.sql("""
                update events.registration r set feedback_requested_at = :now
                from events.event e
                where e.id = r.event_id and r.checked_in_at is not null and r.feedback_requested_at is null
                  and e.ends_at <= :now and e.ends_at > :since
                returning r.id, r.event_id, r.member_id""")
                .param("now", Timestamp.from(now)).param("since", Timestamp.from(now.minus(Duration.ofDays(30))))
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("member_id"))).list();
    }

    boolean saveFeedback(long registrationId, int rating, String comments, Instant now) {
        return jdbc.sql("""
                insert into events.feedback (registration_id, rating, comments, given_at) values (:id, :rating, :comments, :now)
                on conflict (registration_id) do update set rating = excluded.rating, comments = excluded.comments,
                    given_at = excluded.given_at""")
                .param("id", registrationId).param("rating", rating).param("comments", comments)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    List<EventPages.FeedbackRow> feedback(long eventId) {
        return jdbc.sql("""
                select f.rating, f.comments, f.given_at from events.feedback f
                join events.registration r on r.id = f.registration_id
                where r.event_id = :event order by f.given_at""")
                .param("event", eventId)
                .query((rs, n) -> new EventPages.FeedbackRow(rs.getInt("rating"), rs.getString("comments"), instant(rs, "given_at")))
                .list();
    }

    /** Removes what could identify an erased member; the counts of places stay right. */
    void anonymise(long memberId) {
        jdbc.sql("update events.registration set needs = null where member_id = :member").param("member", memberId).update();
        jdbc.sql("""
                update events.feedback set comments = null
                where registration_id in (select id from events.registration where member_id = :member)""")
                .param("member", memberId).update();
        jdbc.sql("delete from events.calendar_feed where member_id = :member").param("member", memberId).update();
    }

    /** When the member's current feed address was made, or nothing when they have none. */
    Optional<Instant> feedCreated(long memberId) {
        return jdbc.sql("select created_at from events.calendar_feed where member_id = :member").param("member", memberId)
                .query((rs, n) -> instant(rs, "created_at")).optional();
    }

    Optional<Long> memberOfFeed(String tokenHash) {
        return jdbc.sql("select member_id from events.calendar_feed where token_hash = :hash").param("hash", tokenHash)
                .query(Long.class).optional();
    }

    void saveFeedToken(long memberId, String tokenHash, Instant now) {
        jdbc.sql("""
                insert into events.calendar_feed (member_id, token_hash, created_at) values (:member, :hash, :now)
                on conflict (member_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""")
                .param("member", memberId).param("hash", tokenHash).param("now", Timestamp.from(now)).update();
    }

    void revokeFeed(long memberId) {
        jdbc.sql("delete from events.calendar_feed where member_id = :member").param("member", memberId).update();
    }

    List<EventPages.CpdRow> cpdLog(long memberId) {
        return jdbc.sql("""
                select e.slug, e.title, e.starts_at, e.ends_at, e.cpd_hours, r.checked_in_at
                from events.registration r join events.event e on e.id = r.event_id
                where r.member_id = :member and r.checked_in_at is not null and r.status = 'CONFIRMED'
                order by e.starts_at desc""")
                .param("member", memberId)
                .query((rs, n) -> new EventPages.CpdRow(rs.getString("slug"), rs.getString("title"), instant(rs, "starts_at"),
                        instant(rs, "ends_at"), rs.getBigDecimal("cpd_hours"), instant(rs, "checked_in_at")))
                .list();
    }

    static Registration map(ResultSet rs, int row) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("member_id"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getString("needs"), rs.getLong("queue_position"),
                instant(rs, "registered_at"), instant(rs, "confirmed_at"), instant(rs, "cancelled_at"),
                instant(rs, "checked_in_at"));
    }

}
