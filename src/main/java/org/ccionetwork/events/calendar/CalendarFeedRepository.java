package org.ccionetwork.events.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members' private calendar feeds, kept as the SHA-256 of their secret address. */
@Repository
class CalendarFeedRepository {

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the member's current feed address was made, or nothing when they have none. */
    Optional<Instant> feedCreated(long memberId) {
        return jdbc.sql("select created_at from events.calendar_feed where member_id = :member").param("member", memberId)
                .query((rs, n) -> rs.getTimestamp("created_at").toInstant()).optional();
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
}
