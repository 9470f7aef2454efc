package org.ccionetwork.forum.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each member's daily digest holds: the notifications owed to it, and the threads picked for it from the
 * categories they follow or whose topics match their interests (and the threads they follow). Titles and
 * links only, never names; Chatham House categories are left out for sponsors' staff.
 */
@Repository
class DigestRepository {

    /** A notification owed to a digest. */
    record Owed(long id, String message, String link) {
    }

    /** A thread (or a post in it) the digest lists: its title, the figure beside it, and where it is. */
    record Listed(String title, long id, String slug, int likes) {
    }

    /** The categories a member's digest covers: followed ones, and those whose topics match their interests. */
    private static final String MINE = """
            with mine as (
                select category_id from forum.category_follow where member_id = :member
                union
                select id from forum.category where topics && string_to_array(:topics, ',')
            )
            """;

    private final JdbcClient jdbc;

    DigestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lastDigest(long memberId) {
        return jdbc.sql("select last_digest_at from forum.member_setting where member_id = :member")
                .param("member", memberId).query((rs, n) -> rs.getTimestamp(1)).optional()
                .filter(Objects::nonNull).map(Timestamp::toInstant);
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

    /** Members who take the digest and follow a category or thread whose answer was accepted since their last. */
    List<Long> membersWithNewAnswers(Instant week, Instant day) {
        return jdbc.sql("""
                select f.member_id from forum.thread t
                join (select category_id, member_id, null::bigint as thread_id from forum.category_follow
                      union all select null, member_id, thread_id from forum.thread_follow) f
                  on f.category_id = t.category_id or f.thread_id = t.id
                left join forum.member_setting s on s.member_id = f.member_id
                where t.accepted_at > :week and t.state = 'PUBLISHED'
                  and t.accepted_at > coalesce(s.last_digest_at, :day)
                  and coalesce(s.email_mode, 'DIGEST') = 'DIGEST'
                group by f.member_id""")
                .param("week", Timestamp.from(week)).param("day", Timestamp.from(day))
                .query(Long.class).list();
    }

    /** Threads whose answer was accepted since the member's last digest. */
    List<Listed> newAnswers(long memberId, String topics, Instant since) {
        return jdbc.sql(MINE + """
                select t.title, t.id, t.slug from forum.thread t
                join forum.category c on c.id = t.category_id
                left join forum.member_setting s on s.member_id = :member
                where t.accepted_at > :since and t.state = 'PUBLISHED'
                  and (t.category_id in (select category_id from mine)
                       or t.id in (select thread_id from forum.thread_follow where member_id = :member))
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by t.accepted_at desc limit 5""")
                .param("member", memberId).param("topics", topics).param("since", Timestamp.from(since))
                .query((rs, n) -> new Listed(rs.getString(1), rs.getLong(2), rs.getString(3), 0)).list();
    }

    /** The week's most liked posts, by their thread's title; {@code id} is the post's. */
    List<Listed> mostLiked(long memberId, String topics) {
        return jdbc.sql(MINE + """
                select t.title, p.id, p.like_count from mine f
                join forum.category c on c.id = f.category_id
                join forum.thread t on t.category_id = f.category_id
                join forum.post p on p.thread_id = t.id
                left join forum.member_setting s on s.member_id = :member
                where p.like_count > 0 and p.hidden_at is null and p.state = 'PUBLISHED' and t.state = 'PUBLISHED'
                  and p.created_at > now() - interval '7 days'
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by p.like_count desc, p.id desc limit 3""")
                .param("member", memberId).param("topics", topics)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getLong(2), null, rs.getInt(3))).list();
    }

    List<Listed> unanswered(long memberId, String topics) {
        return jdbc.sql(MINE + """
                select t.title, t.id, t.slug from mine f
                join forum.category c on c.id = f.category_id
                join forum.thread t on t.category_id = f.category_id
                left join forum.member_setting s on s.member_id = :member
                where t.question and t.accepted_post_id is null and t.state = 'PUBLISHED'
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by t.last_activity_at desc limit 5""")
                .param("member", memberId).param("topics", topics)
                .query((rs, n) -> new Listed(rs.getString(1), rs.getLong(2), rs.getString(3), 0)).list();
    }
}
