package org.ccionetwork.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follows, members' forum settings and notifications. */
@Repository
class NotificationRepository {

    /** A notification just written, and whether its email goes at once. */
    record Written(long id, long memberId, boolean immediate) {
    }

    /** A notification owed to a digest. */
    record Owed(long id, String message, String link) {
    }

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EmailMode emailMode(long memberId) {
        return jdbc.sql("select email_mode from forum.member_setting where member_id = :member").param("member", memberId)
                .query(String.class).optional().map(EmailMode::valueOf).orElse(EmailMode.DIGEST);
    }

    /** Never means never: what was waiting for the next digest is not sent either. */
    void setEmailMode(long memberId, EmailMode mode) {
        jdbc.sql("""
                insert into forum.member_setting (member_id, email_mode) values (:member, :mode)
                on conflict (member_id) do update set email_mode = excluded.email_mode""")
                .param("member", memberId).param("mode", mode.name()).update();
        if (mode == EmailMode.NONE) {
            jdbc.sql("update forum.notification set email_state = 'NONE' where member_id = :member and email_state = 'DIGEST'")
                    .param("member", memberId).update();
        }
    }

    boolean sponsorStaff(long memberId) {
        return jdbc.sql("select sponsor_staff from forum.member_setting where member_id = :member")
                .param("member", memberId).query(Boolean.class).optional().orElse(false);
    }

    void setSponsorStaff(long memberId, boolean sponsorStaff) {
        jdbc.sql("""
                insert into forum.member_setting (member_id, sponsor_staff) values (:member, :flag)
                on conflict (member_id) do update set sponsor_staff = excluded.sponsor_staff""")
                .param("member", memberId).param("flag", sponsorStaff).update();
    }

    List<Long> sponsorStaff() {
        return jdbc.sql("select member_id from forum.member_setting where sponsor_staff order by member_id")
                .query(Long.class).list();
    }

    boolean followsThread(long threadId, long memberId) {
        return jdbc.sql("select exists(select 1 from forum.thread_follow where thread_id = :thread and member_id = :member)")
                .param("thread", threadId).param("member", memberId).query(Boolean.class).single();
    }

    void followThread(long threadId, long memberId, boolean follow) {
        jdbc.sql(follow
                        ? "insert into forum.thread_follow (thread_id, member_id) values (:thread, :member) on conflict do nothing"
                        : "delete from forum.thread_follow where thread_id = :thread and member_id = :member")
                .param("thread", threadId).param("member", memberId).update();
    }

    List<Long> followedCategories(long memberId) {
        return jdbc.sql("select category_id from forum.category_follow where member_id = :member")
                .param("member", memberId).query(Long.class).list();
    }

    void followCategory(long categoryId, long memberId, boolean follow) {
        jdbc.sql(follow
                        ? "insert into forum.category_follow (category_id, member_id) values (:category, :member) on conflict do nothing"
                        : "delete from forum.category_follow where category_id = :category and member_id = :member")
                .param("category", categoryId).param("member", memberId).update();
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

    java.util.Optional<Instant> lastDigest(long memberId) {
        return jdbc.sql("select last_digest_at from forum.member_setting where member_id = :member")
                .param("member", memberId).query((rs, n) -> rs.getTimestamp(1)).optional()
                .filter(java.util.Objects::nonNull).map(Timestamp::toInstant);
    }

    void digestSent(long memberId, Instant at) {
        jdbc.sql("""
                insert into forum.member_setting (member_id, last_digest_at) values (:member, :at)
                on conflict (member_id) do update set last_digest_at = excluded.last_digest_at""")
                .param("member", memberId).param("at", Timestamp.from(at)).update();
    }

    List<Long> membersOwedDigest() {
        return jdbc.sql("select distinct member_id from forum.notification where email_state = 'DIGEST'")
                .query(Long.class).list();
    }

    /** Takes the member's owed notifications for a digest; two instances never take the same rows. */
    List<Owed> takeOwed(long memberId) {
        return jdbc.sql("""
                update forum.notification n set email_state = 'SENT'
                where n.id in (select id from forum.notification where member_id = :member and email_state = 'DIGEST'
                               order by created_at, id for update skip locked)
                returning n.id, n.message, n.link, n.created_at""")
                .param("member", memberId)
                .query((rs, n) -> new Owed(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    void forget(long memberId) {
        jdbc.sql("update forum.post set like_count = like_count - 1 where id in (select post_id from forum.post_like where member_id = :member)")
                .param("member", memberId).update();
        for (String table : List.of("notification", "thread_follow", "category_follow", "member_setting", "post_like")) {
            jdbc.sql("delete from forum." + table + " where member_id = :member").param("member", memberId).update();
        }
    }

    Map<String, Object> export(long memberId) {
        return Map.of(
                "emailMode", emailMode(memberId).name(),
                "followedThreads", jdbc.sql("select thread_id from forum.thread_follow where member_id = :m")
                        .param("m", memberId).query(Long.class).list(),
                "followedCategories", followedCategories(memberId),
                "notifications", jdbc.sql("select kind, message, link, created_at from forum.notification where member_id = :m order by id")
                        .param("m", memberId).query().listOfRows());
    }
}
