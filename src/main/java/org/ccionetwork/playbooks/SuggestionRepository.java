package org.ccionetwork.playbooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' suggestions of threads for playbooks, and the editors' queue of them with counts. */
@Repository
class SuggestionRepository {

    private final JdbcClient jdbc;

    SuggestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the member had suggested the thread already. */
    boolean suggest(long threadId, String title, long memberId, Instant at) {
        return jdbc.sql("""
                insert into playbooks.suggestion (thread_id, thread_title, member_id, created_at)
                values (:thread, :title, :member, :at) on conflict (thread_id, member_id) do nothing""")
                .param("thread", threadId).param("title", title).param("member", memberId)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Open suggestions, one row per thread with how many members suggested it, most suggested first. */
    List<PlaybookPages.SuggestedThread> queue(int limit) {
        return jdbc.sql("""
                select thread_id, max(thread_title) as title, count(*) as members, max(created_at) as latest
                from playbooks.suggestion where handled_at is null
                group by thread_id order by count(*) desc, max(created_at) desc, thread_id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new PlaybookPages.SuggestedThread(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    long openThreads() {
        return jdbc.sql("select count(distinct thread_id) from playbooks.suggestion where handled_at is null")
                .query(Long.class).single();
    }

    int handle(long threadId, Instant at) {
        return jdbc.sql("update playbooks.suggestion set handled_at = :at where thread_id = :thread and handled_at is null")
                .param("thread", threadId).param("at", Timestamp.from(at)).update();
    }

    void forget(long memberId) {
        jdbc.sql("delete from playbooks.suggestion where member_id = :member").param("member", memberId).update();
    }
}
