package org.ccionetwork.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Threads: their lists (keyset pages over the thread indexes), counters, state, answer and lock. States are
 * written from {@link ThreadState}; filters keep the stored name in the SQL, as the partial indexes do.
 */
@Repository
public class ThreadRepository {

    /** Which list of threads. */
    enum Listing { LATEST, UNANSWERED, MINE, CATEGORY }

    private static final String SUMMARY = """
            select t.id, t.slug, t.title, t.question, t.accepted_post_id is not null as answered, t.locked,
                   t.reply_count, t.created_at, t.last_activity_at, t.author_id, t.last_author_id,
                   c.id as category_id, c.slug as category_slug, c.name as category_name, c.chatham_house, t.state
            from forum.thread t join forum.category c on c.id = t.category_id
            """;

    private final JdbcClient jdbc;

    ThreadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One keyset page: the threads after the cursor, newest activity first, one more than asked so the caller
     * knows whether there is a next page.
     */
    List<ThreadSummary> list(Listing listing, Long categoryId, long memberId, boolean hideChathamHouse, Cursor after,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        switch (listing) {
            case CATEGORY -> {
                where.append(" and t.category_id = :category");
                params.put("category", categoryId);
            }
            case UNANSWERED -> where.append(" and t.accepted_post_id is null and (t.question or t.reply_count = 0)");
            case MINE -> {
                where.append(" and t.author_id = :member");
                params.put("member", memberId);
            }
            case LATEST -> { }
        }
        if (listing != Listing.MINE) {
            // Held and turned-down threads are seen by their author only, in their own list.
            where.append(" and t.state = 'PUBLISHED'");
        }
        if (hideChathamHouse && listing != Listing.CATEGORY) {
            where.append(" and not c.chatham_house");
        }
        if (after != null) {
            where.append(" and (t.last_activity_at, t.id) < (:at, :id)");
            params.put("at", Timestamp.from(after.at()));
            params.put("id", after.id());
        }
        params.put("limit", limit);
        return jdbc.sql(SUMMARY + where + " order by t.last_activity_at desc, t.id desc limit :limit")
                .params(params).query(ThreadRepository::summary).list();
    }

    public Optional<ThreadDetail> find(long id) {
        // The event the thread discusses, if any, comes in the same statement (one unique-index probe).
        return jdbc.sql("select t.id, t.slug, t.title, t.author_id, t.question, t.accepted_post_id, t.locked, "
                        + "t.reply_count, t.created_at, t.last_activity_at, t.state, " + CategoryRepository.COLUMNS
                        + ", d.event_id, d.event_slug, d.event_title, d.event_when, d.event_where, d.ends_at"
                        + " from forum.thread t join forum.category c on c.id = t.category_id"
                        + " left join forum.event_discussion d on d.thread_id = t.id where t.id = :id")
                .param("id", id)
                .query((rs, n) -> new ThreadDetail(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CategoryRepository.mapFrom(rs, 12), rs.getLong(4), rs.getBoolean(5), (Long) rs.getObject(6),
                        rs.getBoolean(7), rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(),
                        ThreadState.valueOf(rs.getString(11)), rs.getObject(22) == null ? null
                                : new DiscussedEvent(rs.getLong(22), rs.getString(23), rs.getString(24), rs.getString(25),
                                        rs.getString(26), rs.getTimestamp(27).toInstant())))
                .optional();
    }

    long insert(long categoryId, long authorId, String title, String slug, boolean question, Instant at,
            ThreadState state) {
        return jdbc.sql("""
                insert into forum.thread (category_id, author_id, title, slug, question, created_at, last_activity_at,
                                          last_author_id, state)
                values (:category, :author, :title, :slug, :question, :at, :at, :author, :state) returning id""")
                .param("category", categoryId).param("author", authorId).param("title", title).param("slug", slug)
                .param("question", question).param("at", Timestamp.from(at)).param("state", state.name())
                .query(Long.class).single();
    }

    /** Takes the next reply position under the thread's row lock, so two replies never share one. */
    public int nextPosition(long threadId, long authorId, Instant at) {
        return jdbc.sql("""
                update forum.thread set reply_count = reply_count + 1, last_activity_at = :at, last_author_id = :author
                where id = :id returning reply_count""")
                .param("id", threadId).param("author", authorId).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }

    public void setState(long threadId, ThreadState state, Instant lastActivityAt) {
        jdbc.sql("update forum.thread set state = :state, last_activity_at = greatest(last_activity_at, :at) where id = :id")
                .param("id", threadId).param("state", state.name()).param("at", Timestamp.from(lastActivityAt)).update();
    }

    void updateTitle(long threadId, String title, String slug) {
        jdbc.sql("update forum.thread set title = :title, slug = :slug where id = :id")
                .param("id", threadId).param("title", title).param("slug", slug).update();
    }

    /** Sets the accepted answer (null withdraws it) and when it was accepted, for the digest. */
    void accept(long threadId, Long postId, Instant at) {
        jdbc.sql("update forum.thread set accepted_post_id = :post, accepted_at = :at where id = :id")
                .param("id", threadId).param("post", postId).param("at", postId == null ? null : Timestamp.from(at))
                .update();
    }

    public void lock(long threadId, boolean locked) {
        jdbc.sql("update forum.thread set locked = :locked where id = :id").param("id", threadId).param("locked", locked)
                .update();
    }

    public void move(long threadId, long categoryId) {
        jdbc.sql("update forum.thread set category_id = :category where id = :id")
                .param("id", threadId).param("category", categoryId).update();
    }

    static ThreadSummary summary(ResultSet rs, int row) throws SQLException {
        return new ThreadSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getLong("category_id"), rs.getString("category_slug"), rs.getString("category_name"),
                rs.getBoolean("chatham_house"), rs.getBoolean("question"), rs.getBoolean("answered"),
                rs.getBoolean("locked"), rs.getInt("reply_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_activity_at").toInstant(), rs.getLong("author_id"), rs.getLong("last_author_id"),
                null, null, ThreadState.valueOf(rs.getString("state")));
    }
}
