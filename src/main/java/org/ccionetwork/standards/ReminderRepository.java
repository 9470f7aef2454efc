package org.ccionetwork.standards;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When each CCIO last had a reminder, whether they opted out, and the key that signs the opt-out links. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;
    private volatile String key;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean optedOut(long memberId) {
        return jdbc.sql("select exists (select 1 from standards.reminder where member_id = :m and opted_out_at is not null)")
                .param("m", memberId).query(Boolean.class).single();
    }

    void optOut(long memberId, Instant at) {
        jdbc.sql("""
                insert into standards.reminder (member_id, opted_out_at) values (:m, :at)
                on conflict (member_id) do update set opted_out_at = coalesce(standards.reminder.opted_out_at, excluded.opted_out_at)
                """).param("m", memberId).param("at", Timestamp.from(at)).update();
    }

    void optIn(long memberId) {
        jdbc.sql("update standards.reminder set opted_out_at = null where member_id = :m").param("m", memberId).update();
    }

    /**
     * Claims this month's reminder for the member in one statement: true when none was sent in the month before
     * {@code now} and they have not opted out, and the sending time is recorded with it. Two instances cannot
     * both claim it.
     */
    boolean claim(long memberId, Instant now) {
        return !jdbc.sql("""
                insert into standards.reminder (member_id, last_sent_at) values (:m, :now)
                on conflict (member_id) do update set last_sent_at = excluded.last_sent_at
                where standards.reminder.opted_out_at is null
                  and (standards.reminder.last_sent_at is null
                       or standards.reminder.last_sent_at <= excluded.last_sent_at - interval '1 month')
                returning member_id""").param("m", memberId).param("now", Timestamp.from(now))
                .query(Long.class).list().isEmpty();
    }

    /** Read once: the key never changes once the migration made it. */
    String key() {
        String known = key;
        if (known == null) {
            known = jdbc.sql("select key from standards.signing_key where id = 1").query(String.class).single();
            key = known;
        }
        return known;
    }
}
