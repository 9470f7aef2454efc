package org.ccionetwork.playbooks;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.FeedSource;
import org.ccionetwork.shared.Feeds;
import org.ccionetwork.shared.NewsletterSection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Playbooks published or substantially revised, announced in the news feeds (public ones only) and in the
 * weekly newsletter (the week's, for members), each in one statement.
 */
@Component
class PlaybooksAnnounced implements FeedSource, NewsletterSection {

    private final JdbcClient jdbc;
    private final CcioProperties site;

    PlaybooksAnnounced(JdbcClient jdbc, CcioProperties site) {
        this.jdbc = jdbc;
        this.site = site;
    }

    @Override
    public List<Feeds.Entry> entries(Instant now, int limit) {
        return jdbc.sql("""
                select id, slug, title, summary, published_at, announced_at from playbooks.playbook
                where status = 'PUBLISHED' and not members_only and announced_at <= :now
                order by announced_at desc, id desc limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Feeds.Entry("Playbook: " + rs.getString("title"),
                        site.link("/playbooks/" + rs.getString("slug")), site.link("/playbooks/playbook-" + rs.getLong("id")),
                        rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("announced_at").toInstant())
                        .withSummary(rs.getString("summary")))
                .list();
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public String heading() {
        return "PLAYBOOKS NEW OR REVISED";
    }

    @Override
    public List<Item> items(Instant now) {
        return jdbc.sql("""
                select slug, title, published_at, announced_at from playbooks.playbook
                where status = 'PUBLISHED' and announced_at > :since and announced_at <= :now
                order by announced_at desc, id desc limit 10""")
                .param("since", Timestamp.from(now.minus(Duration.ofDays(7)))).param("now", Timestamp.from(now))
                .query((rs, n) -> new Item(rs.getString("title"),
                        rs.getTimestamp("published_at").equals(rs.getTimestamp("announced_at")) ? "New playbook" : "Revised",
                        site.link("/playbooks/" + rs.getString("slug"))))
                .list();
    }
}
