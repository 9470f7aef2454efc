package org.ccionetwork.forum.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.forum.PostRepository;
import org.ccionetwork.forum.PostState;
import org.ccionetwork.forum.PostView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts held for a moderator: the queue, and the decision on each. States are written from {@link PostState};
 * filters keep the stored name in the SQL, as the partial indexes do.
 */
@Repository
class HeldPostRepository {

    private final JdbcClient jdbc;

    HeldPostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countHeld() {
        return jdbc.sql("select count(*) from forum.post where state = 'PENDING'").query(Long.class).single();
    }

    /** The held posts, oldest first: the queue is worked in order. */
    List<HeldPost> queue(int limit) {
        return jdbc.sql("""
                select p.id, t.id, t.title, t.slug, c.name, c.chatham_house, coalesce(p.position = 0, false),
                       p.author_id, p.body_html, p.created_at
                from forum.post p join forum.thread t on t.id = p.thread_id join forum.category c on c.id = t.category_id
                where p.state = 'PENDING' order by p.created_at, p.id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new HeldPost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getLong(8), null, rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .list();
    }

    /** A held post, locked until the end of the transaction so two moderators cannot both decide on it. */
    Optional<PostView> lock(long postId) {
        return jdbc.sql(PostRepository.POST + " where p.id = :id and p.state = 'PENDING' for update")
                .param("id", postId).query(PostRepository::post).optional();
    }

    void publish(long postId, int position, long moderatorId, Instant at) {
        jdbc.sql("""
                update forum.post set state = :state, position = :position, reviewed_by = :moderator,
                       reviewed_at = :at where id = :id""")
                .param("id", postId).param("state", PostState.PUBLISHED.name()).param("position", position)
                .param("moderator", moderatorId)
                .param("at", Timestamp.from(at)).update();
    }

    /** Turns down a held post, or with {@code wholeThread} every held post of the thread (its first one too). */
    void reject(long postId, long threadId, boolean wholeThread, long moderatorId, String reason, Instant at) {
        jdbc.sql("""
                update forum.post set state = :state, reviewed_by = :moderator, reviewed_at = :at,
                       rejected_reason = :reason
                where state = 'PENDING' and (id = :id or (:whole and thread_id = :thread))""")
                .param("id", postId).param("state", PostState.REJECTED.name()).param("thread", threadId)
                .param("whole", wholeThread)
                .param("moderator", moderatorId).param("reason", reason).param("at", Timestamp.from(at)).update();
    }
}
