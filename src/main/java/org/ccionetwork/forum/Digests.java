package org.ccionetwork.forum;

import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: one email per member who chose it, listing the notifications owed since the last one
 * the unanswered questions and the week's most liked posts in the categories they follow. Rows are taken and the email queued in one
 * transaction per member, so a digest is never sent twice and never lost.
 */
@Service
class Digests {

    private final NotificationRepository notifications;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    Digests(NotificationRepository notifications, MemberLookup members, Outbox outbox, CcioProperties properties,
            TransactionTemplate transactions, JdbcClient jdbc) {
        this.notifications = notifications;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** Sends every digest that is owed; returns how many were queued. */
    int sendAll() {
        int sent = 0;
        for (long memberId : notifications.membersOwedDigest()) {
            Boolean queued = transactions.execute(status -> sendTo(memberId));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendTo(long memberId) {
        var owed = notifications.takeOwed(memberId);
        if (owed.isEmpty()) {
            return false;
        }
        var member = members.find(memberId).filter(m -> m.email() != null && !m.suspended());
        if (member.isEmpty()) {
            return false;
        }
        StringBuilder body = new StringBuilder("Dear ").append(member.get().name()).append(",\n\n")
                .append("Here is what happened in peer support since your last digest.\n\n");
        for (var note : owed) {
            body.append("- ").append(note.message()).append("\n  ").append(properties.link(note.link())).append('\n');
        }
        List<String> unanswered = unansweredInFollowedCategories(memberId);
        if (!unanswered.isEmpty()) {
            body.append("\nQuestions waiting for an answer in the categories you follow:\n\n");
            unanswered.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        List<String> liked = mostLikedInFollowedCategories(memberId);
        if (!liked.isEmpty()) {
            body.append("\nMost liked this week in the categories you follow:\n\n");
            liked.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        body.append("\nYou can choose how the forum emails you (at once, in a daily digest, or never) at ")
                .append(properties.link("/notifications")).append("\n\nThe CCIO Network\n");
        outbox.enqueue(new OutgoingEmail(member.get().email(),
                "Your peer support digest: " + owed.size() + (owed.size() == 1 ? " update" : " updates"),
                body.toString()));
        return true;
    }

    /** The week's most liked posts in followed categories, by their thread's title: never names. */
    private List<String> mostLikedInFollowedCategories(long memberId) {
        return jdbc.sql("""
                select t.title, p.id, p.like_count from forum.category_follow f
                join forum.category c on c.id = f.category_id
                join forum.thread t on t.category_id = f.category_id
                join forum.post p on p.thread_id = t.id
                left join forum.member_setting s on s.member_id = f.member_id
                where f.member_id = :member and p.like_count > 0 and p.hidden_at is null
                  and p.created_at > now() - interval '7 days'
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by p.like_count desc, p.id desc limit 3""")
                .param("member", memberId)
                .query((rs, n) -> rs.getString(1) + " (" + rs.getInt(3) + (rs.getInt(3) == 1 ? " like" : " likes") + ")\n  "
                        + properties.link("/community/p/" + rs.getLong(2)))
                .list();
    }

    /** Titles only, never names; Chatham House categories are left out for sponsors' staff. */
    private List<String> unansweredInFollowedCategories(long memberId) {
        return jdbc.sql("""
                select t.title, t.id, t.slug from forum.category_follow f
                join forum.category c on c.id = f.category_id
                join forum.thread t on t.category_id = f.category_id
                left join forum.member_setting s on s.member_id = f.member_id
                where f.member_id = :member and t.question and t.accepted_post_id is null
                  and not (c.chatham_house and coalesce(s.sponsor_staff, false))
                order by t.last_activity_at desc limit 5""")
                .param("member", memberId)
                .query((rs, n) -> rs.getString(1) + "\n  " + properties.link("/community/t/" + rs.getLong(2) + "/" + rs.getString(3)))
                .list();
    }
}
