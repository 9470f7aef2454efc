package org.ccionetwork.forum.notifications;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberStatus;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.SignedMemberLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every forum email a member gets because of their email setting carries a signed link that turns forum emails
 * off without signing in, in the body and as one-click unsubscribe headers (RFC 2369, RFC 8058). The link
 * works for a suspended member too (leaving must always be possible), and its page names nothing from the
 * forum. The signing key lives in the database, so every instance checks links the same way.
 */
@Service
public class EmailUnsubscribe {

    /**
     * Outside /community on purpose: everything there is for active members only, and this must answer anyone
     * holding the email, signed in or not, suspended or not.
     */
    public static final String PATH = "/email/forum/unsubscribe";

    /** What the links sign, with the member's id; changing it would break every link already sent. */
    private static final String PURPOSE = "forum-unsubscribe";

    private final JdbcClient jdbc;
    private final NotificationsInbox inbox;
    private final MemberLookup members;
    private final CcioProperties site;
    private volatile String key;

    EmailUnsubscribe(JdbcClient jdbc, NotificationsInbox inbox, MemberLookup members, CcioProperties site) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.members = members;
        this.site = site;
    }

    /** The email with the unsubscribe line at the end of its body and the one-click headers. */
    OutgoingEmail mailing(String to, long memberId, String subject, String body) {
        String link = link(memberId);
        String text = body + """

                You can choose how the forum emails you (at once, in a daily digest, or never) at %s

                To stop all emails about peer support at once, without signing in, follow this link:
                %s

                The CCIO Network
                """.formatted(site.link("/notifications"), link);
        return new OutgoingEmail(to, subject, text).withOneClickUnsubscribe(link)
                .withHeader("List-Id", "CCIO Network peer support <peer-support." + listDomain() + ">");
    }

    /** Absolute, from the configured base address: it goes into the email and its List-Unsubscribe header. */
    String link(long memberId) {
        return site.link(PATH + "?member=" + memberId + "&token=" + token(memberId));
    }

    public String token(long memberId) {
        return SignedMemberLinks.sign(key(), PURPOSE, memberId);
    }

    boolean valid(long memberId, String token) {
        return memberId > 0 && SignedMemberLinks.verify(key(), PURPOSE, memberId, token);
    }

    /** Forum emails off, digest still owed included; an erased member has nothing left to turn off. */
    @Transactional
    void unsubscribe(long memberId) {
        members.find(memberId).filter(member -> member.status() != MemberStatus.DELETED)
                .ifPresent(member -> inbox.setEmailMode(memberId, EmailMode.NONE));
    }

    /** The host of the site's address, so the list's id is the network's own (RFC 2919). */
    private String listDomain() {
        String host = site.baseUrl().getHost();
        return host == null || host.isBlank() ? "ccionetwork.invalid" : host;
    }

    /** Read once: the key never changes once the migration made it. */
    private String key() {
        String known = key;
        if (known == null) {
            known = jdbc.sql("select key from forum.signing_key where id = 1").query(String.class).single();
            key = known;
        }
        return known;
    }
}
