package org.ccionetwork.forum.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications in the site, and whether their emails went, go at once, wait for a digest or never go. */
@Repository
public class NotificationRepository {

    /** A notification just written, and whether its email goes at once. */
    record Written(long id, long memberId, boolean immediate) {
    }

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Notifies members about a post, at most once each per post whatever the reason (a mention written first
     * wins over a follow), leaving out the author and, in a Chatham House category, sponsors' staff. The
     * recipients are the given members plus, when asked, the followers of the thread or of the category.
     */
    List<Written> notify(String kind, Collection<Long> members, boolean threadFollowers, boolean categoryFollowers,
            long threadId, long categoryId, long postId, long authorId, boolean chathamHouse, String message,
            String link, Instant at) {
        java.util.Set<Long> recipients = new java.util.TreeSet<>(members);
        if (threadFollowers) {
            recipients.addAll(jdbc.sql("select member_id from forum.thread_follow where thread_id = :thread")
                    .param("thread", threadId).query(Long.class).list());
        }
        if (categoryFollowers) {
            recipients.addAll(jdbc.sql("select member_id from forum.category_follow where category_id = :category")
                    .param("category", categoryId).query(Long.class).list());
        }
        recipients.remove(authorId);
        if (recipients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                insert into forum.notification (member_id, kind, thread_id, post_id, message, link, created_at, email_state)
                select r.member_id, :kind, :thread, :post, :message, :link, :at, coalesce(s.email_mode, 'DIGEST')
                from (select unnest(array[:members]::bigint[]) as member_id) r
                     left join forum.member_setting s on s.member_id = r.member_id
                where not (:chatham and coalesce(s.sponsor_staff, false))
                order by r.member_id
                on conflict do nothing
                returning id, member_id, email_state""")
                .param("members", List.copyOf(recipients)).param("thread", threadId)
                .param("kind", kind).param("post", postId).param("message", message).param("link", link)
                .param("at", Timestamp.from(at)).param("chatham", chathamHouse)
                .query((rs, n) -> new Written(rs.getLong(1), rs.getLong(2), "IMMEDIATE".equals(rs.getString(3))))
                .list();
    }

    /** Marks the emails of these notifications as sent (queued in the outbox in this transaction). */
    void markEmailed(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update forum.notification set email_state = 'SENT' where id in (:ids)").param("ids", ids).update();
        }
    }

    long insertOne(long memberId, String kind, Long threadId, Long postId, String message, String link, Instant at,
            String emailState) {
        return jdbc.sql("""
                insert into forum.notification (member_id, kind, thread_id, post_id, message, link, created_at, email_state)
                values (:member, :kind, :thread, :post, :message, :link, :at, :state) returning id""")
                .param("member", memberId).param("kind", kind).param("thread", threadId).param("post", postId)
                .param("message", message).param("link", link).param("at", Timestamp.from(at)).param("state", emailState)
                .query(Long.class).single();
    }

    List<Notification> latest(long memberId, int limit) {
        return jdbc.sql("""
                select id, kind, message, link, created_at, read_at is not null from forum.notification
                where member_id = :member order by created_at desc, id desc limit :limit""")
                .param("member", memberId).param("limit", limit)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
                .list();
    }

    int unread(long memberId) {
        return jdbc.sql("select count(*) from (select 1 from forum.notification where member_id = :member and read_at is null limit 100) u")
                .param("member", memberId).query(Integer.class).single();
    }

    void markAllRead(long memberId, Instant at) {
        jdbc.sql("update forum.notification set read_at = :at where member_id = :member and read_at is null")
                .param("member", memberId).param("at", Timestamp.from(at)).update();
    }

    /** Never means never: what was waiting for the next digest is not sent either. */
    void noEmailsOwed(long memberId) {
        jdbc.sql("update forum.notification set email_state = 'NONE' where member_id = :member and email_state = 'DIGEST'")
                .param("member", memberId).update();
    }

    /** An erased member's notifications go. */
    public void forget(long memberId) {
        jdbc.sql("delete from forum.notification where member_id = :member").param("member", memberId).update();
    }

    public List<Map<String, Object>> exportFor(long memberId) {
        return jdbc.sql("select kind, message, link, created_at from forum.notification where member_id = :m order by id")
                .param("m", memberId).query().listOfRows();
    }
}
