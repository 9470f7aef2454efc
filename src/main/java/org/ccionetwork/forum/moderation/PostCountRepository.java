package org.ccionetwork.forum.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many posts a member has written: approved ones for their standing, recent ones for the posting limits. */
@Repository
class PostCountRepository {

    private final JdbcClient jdbc;

    PostCountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the member's posts are published, counting no further than {@code cap}. */
    int published(long authorId, int cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from forum.post where author_id = :author and state = 'PUBLISHED'
                                      limit :cap) published""")
                .param("author", authorId).param("cap", cap).query(Integer.class).single();
    }

    /** A lock on the member's posting until the transaction ends (4242004: the platform's class of this lock). */
    void lockAuthor(long authorId) {
        jdbc.sql("select pg_advisory_xact_lock(4242004, cast(:author % 2147483647 as int))").param("author", authorId)
                .query().singleValue();
    }

    RecentPosts recent(long authorId, Instant now) {
        return jdbc.sql("""
                select count(*) filter (where created_at > :minute), count(*) from forum.post
                where author_id = :author and created_at > :hour""")
                .param("author", authorId).param("minute", Timestamp.from(now.minus(Duration.ofMinutes(1))))
                .param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query((rs, n) -> new RecentPosts(rs.getInt(1), rs.getInt(2))).single();
    }
}
