package org.ccionetwork.news.newsletter;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberStatus;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.news.ArticleSummary;
import org.ccionetwork.news.NewsService;
import org.ccionetwork.news.resources.Resource;
import org.ccionetwork.news.resources.ResourceService;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.NewsletterSection;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.SignedMemberLinks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest: members opt in, and once a week those who did get the new articles, the upcoming events
 * (and whatever else other modules add as a {@link NewsletterSection}) and the new resources by email, with
 * one-click unsubscribe headers (RFC 2369, RFC 8058). A row per week, claimed in the same transaction that
 * queues the emails, makes sure a week goes out once, however many instances run the job. Unsubscribe links
 * are signed with a key kept in the database, so every instance can check them.
 */
@Service
public class Newsletter {

    /** What the unsubscribe links sign, with the member's id; changing it would break every link already sent. */
    private static final String UNSUBSCRIBE_PURPOSE = "newsletter-unsubscribe";

    private final JdbcClient jdbc;
    private final NewsService news;
    private final ResourceService resources;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties site;
    private final Clock clock;
    private final List<NewsletterSection> sections;

    Newsletter(JdbcClient jdbc, NewsService news, ResourceService resources, MemberLookup members, Outbox outbox,
            CcioProperties site, Clock clock, List<NewsletterSection> sections) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(NewsletterSection::order)).toList();
        this.jdbc = jdbc;
        this.news = news;
        this.resources = resources;
        this.members = members;
        this.outbox = outbox;
        this.site = site;
        this.clock = clock;
    }

    public boolean subscribed(long memberId) {
        return jdbc.sql("select exists (select 1 from news.newsletter_subscription where member_id = :id)")
                .param("id", memberId).query(Boolean.class).single();
    }

    @Transactional
    public void subscribe(long memberId) {
        jdbc.sql("insert into news.newsletter_subscription (member_id, subscribed_at) values (:id, :now) on conflict do nothing")
                .param("id", memberId).param("now", Timestamp.from(clock.instant())).update();
    }

    @Transactional
    public void unsubscribe(long memberId) {
        jdbc.sql("delete from news.newsletter_subscription where member_id = :id").param("id", memberId).update();
    }

    /** This week's digest, if it has not gone yet. */
    @Transactional
    public int sendThisWeek() {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, Dates.LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return send(monday, now);
    }

    /** Queues the digest of the week starting {@code monday}; returns how many emails, 0 when it already went. */
    @Transactional
    public int send(LocalDate monday, Instant now) {
        int claimed = jdbc.sql("""
                insert into news.newsletter_issue (week_start, sent_at, recipients) values (:week, :now, 0)
                on conflict (week_start) do nothing""")
                .param("week", Date.valueOf(monday)).param("now", Timestamp.from(now)).update();
        if (claimed == 0) {
            return 0;
        }
        Instant from = now.minus(java.time.Duration.ofDays(7));
        List<ArticleSummary> articles = news.publishedBetween(from, now);
        List<Resource> added = resources.addedBetween(from, now);
        List<Section> others = sections.stream().map(section -> new Section(section.heading(), section.items(now)))
                .filter(section -> !section.items().isEmpty()).toList();
        if (articles.isEmpty() && added.isEmpty() && others.isEmpty()) {
            return 0;
        }
        List<Long> ids = jdbc.sql("select member_id from news.newsletter_subscription order by member_id")
                .query(Long.class).list();
        var found = members.findAll(ids);
        String key = signingKey();
        String listId = "CCIO Network weekly newsletter <newsletter." + listDomain() + ">";
        int sent = 0;
        for (Long id : ids) {
            MemberSummary member = found.get(id);
            if (member == null || member.email() == null || member.status() != MemberStatus.ACTIVE) {
                continue;
            }
            String unsubscribe = unsubscribeLink(member.id(), key);
            outbox.enqueue(new OutgoingEmail(member.email(), "CCIO Network: the week's news, " + Dates.date(monday),
                    body(member, articles, others, added, unsubscribe))
                    .withOneClickUnsubscribe(unsubscribe)
                    .withHeader("List-Id", listId));
            sent++;
        }
        jdbc.sql("update news.newsletter_issue set recipients = :n where week_start = :week")
                .param("n", sent).param("week", Date.valueOf(monday)).update();
        return sent;
    }

    private String body(MemberSummary member, List<ArticleSummary> articles, List<Section> others, List<Resource> added,
            String unsubscribe) {
        var text = new StringBuilder("Dear ").append(member.name()).append(",\n\nThis week in the CCIO Network:\n");
        if (!articles.isEmpty()) {
            text.append("\nNEWS\n");
            for (ArticleSummary article : articles) {
                text.append("\n").append(article.title()).append(article.membersOnly() ? " (members only)" : "")
                        .append("\n").append(article.standfirst()).append("\n").append(site.link("/news/" + article.slug()))
                        .append("\n");
            }
        }
        for (Section section : others) {
            text.append("\n").append(section.heading()).append("\n");
            for (NewsletterSection.Item item : section.items()) {
                text.append("\n").append(item.title()).append("\n");
                if (item.detail() != null) {
                    text.append(item.detail()).append("\n");
                }
                text.append(item.link()).append("\n");
            }
        }
        if (!added.isEmpty()) {
            text.append("\nNEW RESOURCES\n");
            for (Resource resource : added) {
                text.append("\n").append(resource.title()).append(" (").append(resource.kind().label()).append(")\n")
                        .append(site.link("/resources/" + resource.id())).append("\n");
            }
        }
        text.append("\nYou receive this because you asked for the weekly newsletter. To stop it, follow this link:\n")
                .append(unsubscribe).append("\n");
        return text.toString();
    }

    /** Another module's part of this week's newsletter. */
    private record Section(String heading, List<NewsletterSection.Item> items) {
    }

    /** The host of the site's address, so the list's id is the network's own (RFC 2919). */
    private String listDomain() {
        String host = site.baseUrl().getHost();
        return host == null || host.isBlank() ? "ccionetwork.invalid" : host;
    }

    /** Absolute, from the configured base address: it goes into the email and its List-Unsubscribe header. */
    public String unsubscribeLink(long memberId) {
        return unsubscribeLink(memberId, signingKey());
    }

    private String unsubscribeLink(long memberId, String key) {
        return site.link("/news/newsletter/unsubscribe?member=" + memberId + "&token=" + token(memberId, key));
    }

    private String signingKey() {
        return jdbc.sql("select key from news.signing_key where id = 1").query(String.class).single();
    }

    String token(long memberId) {
        return token(memberId, signingKey());
    }

    private static String token(long memberId, String key) {
        return SignedMemberLinks.sign(key, UNSUBSCRIBE_PURPOSE, memberId);
    }

    boolean validToken(long memberId, String token) {
        return SignedMemberLinks.verify(signingKey(), UNSUBSCRIBE_PURPOSE, memberId, token);
    }
}
