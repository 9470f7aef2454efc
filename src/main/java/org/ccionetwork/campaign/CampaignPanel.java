package org.ccionetwork.campaign;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.campaign.CampaignPages.HeadlinePanel;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.HomePanel;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The campaign's headline figure, first on the home page. */
@Component
class CampaignPanel implements HomePanel {

    private final Organisations organisations;
    private final TemplateEngine templates;

    CampaignPanel(Organisations organisations, TemplateEngine templates) {
        this.organisations = organisations;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Content render(Viewer viewer) {
        // The cached figures: on the busiest page, one look at the change counter instead of the count itself.
        var panel = new HeadlinePanel(organisations.figures().total());
        return output -> templates.render("campaign/home-panel.jte", Map.of("page", panel), output);
    }
}
