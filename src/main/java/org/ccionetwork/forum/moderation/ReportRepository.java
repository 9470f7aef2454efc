package org.ccionetwork.forum.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportRepository {

    private static final String SELECT = """
            select r.id, r.post_id, t.id, t.title, t.slug, t.locked, t.category_id, p.author_id, p.body_html,
                   p.hidden_reason is not null, r.reporter_id, r.reason, r.created_at
            from forum.report r join forum.post p on p.id = r.post_id join forum.thread t on t.id = p.thread_id
            """;

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long postId, long reporterId, String reason, Instant at) {
        return jdbc.sql("""
                insert into forum.report (post_id, reporter_id, reason, created_at)
                values (:post, :reporter, :reason, :at) returning id""")
                .param("post", postId).param("reporter", reporterId).param("reason", reason)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    long countOpen() {
        return jdbc.sql("select count(*) from forum.report where resolved_at is null").query(Long.class).single();
    }

    /** The oldest open reports first: the queue is worked in order. */
    List<Report> open(int limit) {
        return jdbc.sql(SELECT + " where r.resolved_at is null order by r.created_at, r.id limit :limit")
                .param("limit", limit).query(ReportRepository::map).list();
    }

    Optional<Report> findOpen(long id) {
        return jdbc.sql(SELECT + " where r.id = :id and r.resolved_at is null").param("id", id)
                .query(ReportRepository::map).optional();
    }

    void resolve(long id, long moderatorId, String outcome, Instant at) {
        jdbc.sql("update forum.report set resolved_at = :at, resolved_by = :moderator, outcome = :outcome where id = :id")
                .param("id", id).param("moderator", moderatorId).param("outcome", outcome)
                .param("at", Timestamp.from(at)).update();
    }

    private static Report map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), rs.getLong(7), rs.getLong(8), null, rs.getString(9), rs.getBoolean(10),
                rs.getLong(11), null, rs.getString(12), rs.getTimestamp(13).toInstant());
    }
}
