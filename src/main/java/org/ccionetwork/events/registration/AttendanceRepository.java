package org.ccionetwork.events.registration;

import static org.ccionetwork.events.registration.RegistrationRepository.instant;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ccionetwork.events.registration.RegistrationPages.CpdRow;
import org.ccionetwork.events.registration.RegistrationPages.FeedbackRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What came of registrations: reminders and surveys claimed once each, feedback given, and the CPD log. */
@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    List<FeedbackRow> feedback(long eventId) {
        return jdbc.sql("""
                select f.rating, f.comments, f.given_at from events.feedback f
                join events.registration r on r.id = f.registration_id
                where r.event_id = :event order by f.given_at""")
                .param("event", eventId)
                .query((rs, n) -> new FeedbackRow(rs.getInt("rating"), rs.getString("comments"), instant(rs, "given_at")))
                .list();
    }

    List<CpdRow> cpdLog(long memberId) {
        return jdbc.sql("""
                select e.slug, e.title, e.starts_at, e.ends_at, e.cpd_hours, r.checked_in_at
                from events.registration r join events.event e on e.id = r.event_id
                where r.member_id = :member and r.checked_in_at is not null and r.status = 'CONFIRMED'
                order by e.starts_at desc""")
                .param("member", memberId)
                .query((rs, n) -> new CpdRow(rs.getString("slug"), rs.getString("title"), instant(rs, "starts_at"),
                        instant(rs, "ends_at"), rs.getBigDecimal("cpd_hours"), instant(rs, "checked_in_at")))
                .list();
    }
}
