package org.ccionetwork.news.pages;

import java.util.List;
import java.util.Map;

import org.ccionetwork.events.SponsoredEvents.SponsoredEvent;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.PartnerLogo;
import org.ccionetwork.shared.FormErrors;

/** The records behind the network pages' templates, one per page. */
public final class NetworkPagesViews {

    private NetworkPagesViews() {
    }

    /** The about page, or the intro of the partners page. */
    public record NetworkPageView(NetworkPage page) {
    }

    /** The partners page: its text, the partners and sponsors by tier, their logos and the events they support. */
    public record PartnersPage(NetworkPage page, List<Tier> tiers, Map<Long, PartnerLogo> logos,
            Map<Long, List<SponsoredEvent>> events) {

        /** The events the organisation supports, coming ones first; empty when none. */
        public List<SponsoredEvent> eventsOf(long organisationId) {
            return events.getOrDefault(organisationId, List.of());
        }
    }

    public record Tier(String label, List<Organisation> organisations) {
    }

    /** The editor's form for a network page, with an optional preview. */
    public record PageFormPage(String slug, String title, String body, FormErrors errors, String preview) {
    }
}
