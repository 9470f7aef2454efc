package org.ccionetwork.forum.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells members about posts: writes the notifications in the site and, for those who want email at once,
 * queues it in the outbox in the same transaction, with a one-click unsubscribe. Everything else waits for the
 * daily digest.
 */
@Service
public class Notifications {

    private final NotificationRepository repository;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final EmailUnsubscribe unsubscribe;
    private final Clock clock;

    Notifications(NotificationRepository repository, MemberLookup members, Outbox outbox, CcioProperties properties,
            EmailUnsubscribe unsubscribe, Clock clock) {
        this.repository = repository;
        this.unsubscribe = unsubscribe;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a post is, for its notifications; {@code authorName} is null under the Chatham House rule. */
    public record About(long threadId, String threadTitle, long categoryId, String categoryName, boolean chathamHouse,
            long postId, long authorId, String authorName, String link) {

        String who() {
            return chathamHouse || authorName == null ? "A member" : authorName;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void newThread(About about, Collection<Long> mentioned) {
        send(about, "MENTION", mentioned, false, false,
                about.who() + " mentioned you in “" + about.threadTitle() + "”");
        send(about, "NEW_THREAD", List.of(), false, true,
                about.who() + " started “" + about.threadTitle() + "” in " + about.categoryName());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void newReply(About about, Collection<Long> mentioned) {
        send(about, "MENTION", mentioned, false, false,
                about.who() + " mentioned you in “" + about.threadTitle() + "”");
        send(about, "REPLY", List.of(), true, false, about.who() + " replied to “" + about.threadTitle() + "”");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void accepted(About about, long replyAuthorId) {
        send(about, "ACCEPTED", List.of(replyAuthorId), false, false,
                "Your reply was accepted as the answer to “" + about.threadTitle() + "”");
    }

    /** The reporter hears what became of their report, in the site and by email whatever their setting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reportOutcome(long reporterId, String threadTitle, String outcome, String link) {
        String message = "Your report about a post in “" + threadTitle + "” was reviewed: " + outcome;
        repository.insertOne(reporterId, "REPORT_OUTCOME", null, null, message, link, clock.instant(), "SENT");
        members.find(reporterId).filter(m -> m.email() != null).ifPresent(m -> outbox.enqueue(email(m,
                "Your report to the CCIO Network moderators", message, link)));
    }

    /** The author of a held post hears, in the site, that it is published. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void approved(long authorId, long threadId, String threadTitle, String link) {
        repository.insertOne(authorId, "POST_APPROVED", threadId, null,
                "A moderator approved your post in “" + threadTitle + "”: it is published", link, clock.instant(), "NONE");
    }

    /** The author of a held post hears why it was turned down, in the site and by email whatever their setting. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rejected(long authorId, long threadId, String threadTitle, String reason, String link) {
        String message = "A moderator did not publish your post in “" + threadTitle + "”. The reason: " + reason;
        repository.insertOne(authorId, "POST_REJECTED", threadId, null, message, link, clock.instant(), "SENT");
        members.find(authorId).filter(m -> m.email() != null).ifPresent(m -> outbox.enqueue(email(m,
                "Your post in peer support was not published", message, link)));
    }

    private void send(About about, String kind, Collection<Long> members, boolean threadFollowers,
            boolean categoryFollowers, String message) {
        var written = repository.notify(kind, members, threadFollowers, categoryFollowers, about.threadId(),
                about.categoryId(), about.postId(), about.authorId(), about.chathamHouse(), message, about.link(),
                clock.instant());
        List<Long> immediate = written.stream().filter(NotificationRepository.Written::immediate)
                .map(NotificationRepository.Written::memberId).toList();
        if (immediate.isEmpty()) {
            return;
        }
        Map<Long, MemberSummary> recipients = this.members.findAll(immediate);
        List<Long> emailed = new ArrayList<>();
        for (var note : written) {
            MemberSummary member = recipients.get(note.memberId());
            if (note.immediate() && member != null && member.email() != null && !member.suspended()) {
                outbox.enqueue(notification(member, subject(kind, about), message, about.link()));
                emailed.add(note.id());
            }
        }
        repository.markEmailed(emailed);
    }

    private static String subject(String kind, About about) {
        return switch (kind) {
            case "MENTION" -> "You were mentioned in peer support";
            case "NEW_THREAD" -> "New thread in " + about.categoryName();
            case "ACCEPTED" -> "Your answer was accepted";
            default -> "New reply: " + about.threadTitle();
        };
    }

    /** An email the member gets because of their email setting, so it carries the one-click unsubscribe. */
    private OutgoingEmail notification(MemberSummary member, String subject, String message, String link) {
        return unsubscribe.mailing(member.email(), member.id(), subject, """
                Dear %s,

                %s.

                %s
                """.formatted(member.name(), message, properties.link(link)));
    }

    /**
     * An answer to something the member did (a report, a held post), sent whatever their setting: not a mailing,
     * so no unsubscribe header, which would promise something this email does not do.
     */
    private OutgoingEmail email(MemberSummary member, String subject, String message, String link) {
        return new OutgoingEmail(member.email(), subject, """
                Dear %s,

                %s.

                %s

                You can choose how the forum emails you (at once, in a daily digest, or never) at %s

                The CCIO Network
                """.formatted(member.name(), message, properties.link(link), properties.link("/notifications")));
    }
}
