package org.ccionetwork.forum;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.MemberInterests;
import org.ccionetwork.shared.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one email per member who chose it, personal to them. It lists the notifications owed since
 * the last one, then, in the categories they follow or whose topics match their interests (and the threads they
 * follow), the answers accepted since their last digest, the unanswered questions and the week's most liked
 * posts. Titles only: no author is named, so nothing from a Chatham House category says who wrote it. A digest
 * goes when something is owed or an answer is newly accepted. Rows are taken and the email queued in one
 * transaction per member, so a digest is never sent twice and never lost. Each carries a one-click unsubscribe.
 */
@Service
class Digests {

    private final NotificationRepository notifications;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final List<MemberInterests> interests;
    private final EmailUnsubscribe unsubscribe;
    private final Clock clock;

    Digests(NotificationRepository notifications, MemberLookup members, Outbox outbox, CcioProperties properties,
            TransactionTemplate transactions, JdbcClient jdbc, List<MemberInterests> interests,
            EmailUnsubscribe unsubscribe, Clock clock) {
        this.unsubscribe = unsubscribe;
        this.notifications = notifications;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.interests = interests;
        this.clock = clock;
    }

    /** The categories a member's digest covers: followed ones, and those whose topics match their interests. */
    private static final String MINE = """
            with mine as (
                select category_id from forum.category_follow where member_id = :member
                union
                select id from forum.category where topics && string_to_array(:topics, ',')
            )
            """;

    /** Sends every digest that is owed; returns how many were queued. */
    int sendAll() {
        Set<Long> recipients = new TreeSet<>(notifications.membersOwedDigest());
        recipients.addAll(membersWithNewAnswers());
        int sent = 0;
        List<Long> all = List.copyOf(recipients);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> batch = all.subList(from, Math.min(all.size(), from + 500));
            Map<Long, Set<String>> topics = topicsOf(batch);
            for (long memberId : batch) {
                Boolean queued = transactions.execute(status -> sendTo(memberId, topics.getOrDefault(memberId, Set.of())));
                if (Boolean.TRUE.equals(queued)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The interests of a batch of members: one query per source, never one per member. */
    private Map<Long, Set<String>> topicsOf(List<Long> memberIds) {
        Map<Long, Set<String>> topics = new HashMap<>();
        for (MemberInterests source : interests) {
            source.topicsOf(memberIds).forEach((id, keys) -> topics.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(keys));
        }
        return topics;
    }

    /** Members who take the digest and follow a category or thread whose answer was accepted since their last. */
    private List<Long> membersWithNewAnswers() {
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
                .param("week", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .param("day", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .query(Long.class).list();
    }

    private boolean sendTo(long memberId, Set<String> topics) {
        var owed = notifications.takeOwed(memberId);
        Instant now = clock.instant();
        Instant since = notifications.lastDigest(memberId).orElse(now.minus(Duration.ofDays(1)));
        if (since.isBefore(now.minus(Duration.ofDays(7)))) {
            since = now.minus(Duration.ofDays(7));
        }
        String topicList = String.join(",", topics);
        List<String> answers = newAnswers(memberId, topicList, since);
        if (owed.isEmpty() && answers.isEmpty()) {
            return false;
        }
        var member = members.find(memberId).filter(m -> m.email() != null && !m.suspended());
        if (member.isEmpty()) {
            return false;
        }
        notifications.digestSent(memberId, now);
        StringBuilder body = new StringBuilder("Dear ").append(member.get().name()).append(",\n\n")
                .append("Here is what happened in peer support since your last digest.\n\n");
        for (var note : owed) {
            body.append("- ").append(note.message()).append("\n  ").append(properties.link(note.link())).append('\n');
        }
        String where = topics.isEmpty() ? "the categories you follow"
                : "the categories you follow or that match your interests";
        if (!answers.isEmpty()) {
            body.append("\nNew accepted answers in ").append(where).append(" and the threads you follow:\n\n");
            answers.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        List<String> unanswered = unansweredInFollowedCategories(memberId, topicList);
        if (!unanswered.isEmpty()) {
            body.append("\nQuestions waiting for an answer in ").append(where).append(":\n\n");
            unanswered.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        List<String> liked = mostLikedInFollowedCategories(memberId, topicList);
        if (!liked.isEmpty()) {
            body.append("\nMost liked this week in ").append(where).append(":\n\n");
            liked.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        String subject = owed.isEmpty() ? "Your peer support digest: new answers"
                : "Your peer support digest: " + owed.size() + (owed.size() == 1 ? " update" : " updates");
        outbox.enqueue(unsubscribe.mailing(member.get().email(), memberId, subject, body.toString()));
        return true;
    }

    /** Threads whose answer was accepted since the member's last digest: titles only, never names. */
    private List<String> newAnswers(long memberId, String topics, Instant since) {
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
                .query((rs, n) -> rs.getString(1) + "\n  "
                        + properties.link("/community/t/" + rs.getLong(2) + "/" + rs.getString(3) + "#answer"))
                .list();
    }

    /** The week's most liked posts in followed categories, by their thread's title: never names. */
    private List<String> mostLikedInFollowedCategories(long memberId, String topics) {
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
                .query((rs, n) -> rs.getString(1) + " (" + rs.getInt(3) + (rs.getInt(3) == 1 ? " like" : " likes") + ")\n  "
                        + properties.link("/community/p/" + rs.getLong(2)))
                .list();
    }

    /** Titles only, never names; Chatham House categories are left out for sponsors' staff. */
    private List<String> unansweredInFollowedCategories(long memberId, String topics) {
        return jdbc.sql(MINE + """
                select t.title, t.id, t.slug from mine f
                join forum.category c on c.id = f.category_id
                join forum.thread t on t.category_id = f.category_id
                left join forum.member_setting s on s.member_id = :member
                where t.question and t.accepted_post_id is null and t.state = 'PUBLISHED'
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by t.last_activity_at desc limit 5""")
                .param("member", memberId).param("topics", topics)
                .query((rs, n) -> rs.getString(1) + "\n  " + properties.link("/community/t/" + rs.getLong(2) + "/" + rs.getString(3)))
                .list();
    }
}
