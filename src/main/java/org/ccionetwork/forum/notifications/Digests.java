package org.ccionetwork.forum.notifications;

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
public class Digests {

    private final DigestRepository digests;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final TransactionTemplate transactions;
    private final List<MemberInterests> interests;
    private final EmailUnsubscribe unsubscribe;
    private final Clock clock;

    Digests(DigestRepository digests, MemberLookup members, Outbox outbox, CcioProperties properties,
            TransactionTemplate transactions, List<MemberInterests> interests, EmailUnsubscribe unsubscribe,
            Clock clock) {
        this.unsubscribe = unsubscribe;
        this.digests = digests;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.transactions = transactions;
        this.interests = interests;
        this.clock = clock;
    }

    /** Sends every digest that is owed; returns how many were queued. */
    public int sendAll() {
        Set<Long> recipients = new TreeSet<>(digests.membersOwedDigest());
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
        return digests.membersWithNewAnswers(clock.instant().minus(Duration.ofDays(7)),
                clock.instant().minus(Duration.ofDays(1)));
    }

    private boolean sendTo(long memberId, Set<String> topics) {
        var owed = digests.takeOwed(memberId);
        Instant now = clock.instant();
        Instant since = digests.lastDigest(memberId).orElse(now.minus(Duration.ofDays(1)));
        if (since.isBefore(now.minus(Duration.ofDays(7)))) {
            since = now.minus(Duration.ofDays(7));
        }
        String topicList = String.join(",", topics);
        List<String> answers = digests.newAnswers(memberId, topicList, since).stream().map(this::answer).toList();
        if (owed.isEmpty() && answers.isEmpty()) {
            return false;
        }
        var member = members.find(memberId).filter(m -> m.email() != null && !m.suspended());
        if (member.isEmpty()) {
            return false;
        }
        digests.digestSent(memberId, now);
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
        List<String> unanswered = digests.unanswered(memberId, topicList).stream().map(this::waiting).toList();
        if (!unanswered.isEmpty()) {
            body.append("\nQuestions waiting for an answer in ").append(where).append(":\n\n");
            unanswered.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        List<String> liked = digests.mostLiked(memberId, topicList).stream().map(this::liked).toList();
        if (!liked.isEmpty()) {
            body.append("\nMost liked this week in ").append(where).append(":\n\n");
            liked.forEach(line -> body.append("- ").append(line).append('\n'));
        }
        String subject = owed.isEmpty() ? "Your peer support digest: new answers"
                : "Your peer support digest: " + owed.size() + (owed.size() == 1 ? " update" : " updates");
        outbox.enqueue(unsubscribe.mailing(member.get().email(), memberId, subject, body.toString()));
        return true;
    }

    private String answer(DigestRepository.Listed thread) {
        return thread.title() + "\n  " + properties.link("/community/t/" + thread.id() + "/" + thread.slug() + "#answer");
    }

    private String liked(DigestRepository.Listed post) {
        return post.title() + " (" + post.likes() + (post.likes() == 1 ? " like" : " likes") + ")\n  "
                + properties.link("/community/p/" + post.id());
    }

    private String waiting(DigestRepository.Listed thread) {
        return thread.title() + "\n  " + properties.link("/community/t/" + thread.id() + "/" + thread.slug());
    }
}
