package org.ccionetwork.events.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registrations, always changed while the event row is locked (see {@link org.ccionetwork.events.Programme#lock}).
 * Public only for the demonstration programme, which writes its registrations straight to the table.
 */
@Repository
public class RegistrationRepository {

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
    public Registration register(long eventId, long memberId, RegistrationStatus status, String needs, Instant now) {
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

    public boolean checkIn(long id, long eventId, Instant now) {
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

    /** Removes what could identify an erased member; the counts of places stay right. */
    void anonymise(long memberId) {
        jdbc.sql("update events.registration set needs = null where member_id = :member").param("member", memberId).update();
        jdbc.sql("""
                update events.feedback set comments = null
                where registration_id in (select id from events.registration where member_id = :member)""")
                .param("member", memberId).update();
    }

    static Registration map(ResultSet rs, int row) throws SQLException {
        return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("member_id"),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getString("needs"), rs.getLong("queue_position"),
                instant(rs, "registered_at"), instant(rs, "confirmed_at"), instant(rs, "cancelled_at"),
                instant(rs, "checked_in_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
