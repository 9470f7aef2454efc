package org.ccionetwork.forum.notifications;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a member asked to hear about: the threads and categories they follow, and how, by email. */
@Repository
public class SubscriptionRepository {

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EmailMode emailMode(long memberId) {
        return jdbc.sql("select email_mode from forum.member_setting where member_id = :member").param("member", memberId)
                .query(String.class).optional().map(EmailMode::valueOf).orElse(EmailMode.DIGEST);
    }

    void setEmailMode(long memberId, EmailMode mode) {
        jdbc.sql("""
                insert into forum.member_setting (member_id, email_mode) values (:member, :mode)
                on conflict (member_id) do update set email_mode = excluded.email_mode""")
                .param("member", memberId).param("mode", mode.name()).update();
    }

    public boolean followsThread(long threadId, long memberId) {
        return jdbc.sql("select exists(select 1 from forum.thread_follow where thread_id = :thread and member_id = :member)")
                .param("thread", threadId).param("member", memberId).query(Boolean.class).single();
    }

    public void followThread(long threadId, long memberId, boolean follow) {
        jdbc.sql(follow
                        ? "insert into forum.thread_follow (thread_id, member_id) values (:thread, :member) on conflict do nothing"
                        : "delete from forum.thread_follow where thread_id = :thread and member_id = :member")
                .param("thread", threadId).param("member", memberId).update();
    }

    public List<Long> followedThreads(long memberId) {
        return jdbc.sql("select thread_id from forum.thread_follow where member_id = :m")
                .param("m", memberId).query(Long.class).list();
    }

    public List<Long> followedCategories(long memberId) {
        return jdbc.sql("select category_id from forum.category_follow where member_id = :member")
                .param("member", memberId).query(Long.class).list();
    }

    void followCategory(long categoryId, long memberId, boolean follow) {
        jdbc.sql(follow
                        ? "insert into forum.category_follow (category_id, member_id) values (:category, :member) on conflict do nothing"
                        : "delete from forum.category_follow where category_id = :category and member_id = :member")
                .param("category", categoryId).param("member", memberId).update();
    }

    /** An erased member's follows go, with their forum settings. */
    public void forget(long memberId) {
        for (String table : List.of("thread_follow", "category_follow", "member_setting")) {
            jdbc.sql("delete from forum." + table + " where member_id = :member").param("member", memberId).update();
        }
    }
}
