package org.ccionetwork.news.pages;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.events.SponsoredEvents;
import org.ccionetwork.news.pages.NetworkPagesViews.Tier;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.organisations.Partnership;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's own pages. Until an editor saves one, it shows a short default text, so a fresh installation
 * has pages that make sense.
 */
@Service
public class NetworkPageService {

    static final Map<String, String> TITLES = Map.of("about", "About the CCIO Network", "partners", "Partners and sponsors");

    private static final Map<String, String> DEFAULTS = Map.of(
            "about", """
                    Clinicians use fast, friendly technology at home and slow, rigid systems at work. The fix has to be \
                    led locally, by clinicians who keep patients in mind.

                    A Chief Clinical Information Officer (CCIO) is a practising doctor, nurse or other clinician who \
                    leads a provider organisation's IT projects and its use of information to improve care.

                    ## How to join

                    Membership is free. [Create an account](/sign-up) and confirm your email address.
                    """,
            "partners", "The network is run with partner bodies and supported by sponsors.");

    private final JdbcClient jdbc;
    private final Markdown markdown;
    private final AuditLog audit;
    private final Organisations organisations;
    private final SponsoredEvents sponsoredEvents;
    private final Clock clock;

    NetworkPageService(JdbcClient jdbc, Markdown markdown, AuditLog audit, Organisations organisations,
            SponsoredEvents sponsoredEvents, Clock clock) {
        this.sponsoredEvents = sponsoredEvents;
        this.jdbc = jdbc;
        this.markdown = markdown;
        this.audit = audit;
        this.organisations = organisations;
        this.clock = clock;
    }

    static boolean known(String slug) {
        return TITLES.containsKey(slug);
    }

    NetworkPage page(String slug) {
        return stored(slug).orElseGet(() -> new NetworkPage(slug, TITLES.get(slug), DEFAULTS.get(slug),
                markdown.toHtml(DEFAULTS.get(slug)), null));
    }

    public Optional<NetworkPage> stored(String slug) {
        return jdbc.sql("select slug, title, body_markdown, body_html, updated_at from news.network_page where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new NetworkPage(rs.getString("slug"), rs.getString("title"),
                        rs.getString("body_markdown"), rs.getString("body_html"), rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    String preview(String body) {
        return markdown.toHtml(body);
    }

    @Transactional
    public void save(String slug, String title, String body, Viewer editor) {
        jdbc.sql("""
                insert into news.network_page (slug, title, body_markdown, body_html, updated_at, updated_by_id)
                values (:slug, :title, :markdown, :html, :now, :editor)
                on conflict (slug) do update set title = excluded.title, body_markdown = excluded.body_markdown,
                    body_html = excluded.body_html, updated_at = excluded.updated_at, updated_by_id = excluded.updated_by_id""")
                .param("slug", slug).param("title", title.strip()).param("markdown", body.strip())
                .param("html", markdown.toHtml(body.strip())).param("now", Timestamp.from(clock.instant()))
                .param("editor", editor == null ? null : editor.id())
                .update();
        if (editor != null) {
            audit.record("NETWORK_PAGE_UPDATED", "page " + slug, title.strip());
        }
    }

    /** Partners and sponsors grouped by tier, in the order of the tiers. */
    List<Tier> tiers() {
        Map<Partnership, List<Organisation>> byTier = new LinkedHashMap<>();
        for (Partnership partnership : Partnership.values()) {
            byTier.put(partnership, new java.util.ArrayList<>());
        }
        for (Organisation organisation : organisations.partners()) {
            if (organisation.partnership() != null && organisation.retiredAt() == null) {
                byTier.get(organisation.partnership()).add(organisation);
            }
        }
        return byTier.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Tier(plural(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    /** The partners' logos, keyed by organisation id, in one query. */
    Map<Long, org.ccionetwork.organisations.PartnerLogo> partnerLogos() {
        return organisations.partnerLogos();
    }

    /** The events each partner or sponsor supports, keyed by organisation id, in one query. */
    Map<Long, List<SponsoredEvents.SponsoredEvent>> sponsoredEvents() {
        return sponsoredEvents.bySponsor(5);
    }

    private static String plural(Partnership partnership) {
        return switch (partnership) {
            case PARTNER -> "Partners";
            case FOUNDATION_SPONSOR -> "Foundation sponsors";
            case SPONSOR -> "Sponsors";
            case SUPPORTER -> "Supporters";
        };
    }
}
