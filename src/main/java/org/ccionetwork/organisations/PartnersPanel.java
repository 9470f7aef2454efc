package org.ccionetwork.organisations;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.ccionetwork.shared.HomePanel;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The network's partners and sponsors, at the foot of the home page. */
@Component
class PartnersPanel implements HomePanel {

    private final Organisations organisations;
    private final TemplateEngine templates;

    PartnersPanel(Organisations organisations, TemplateEngine templates) {
        this.organisations = organisations;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Content render(Viewer viewer) {
        var partners = organisations.partners();
        if (partners.isEmpty()) {
            return null;
        }
        return output -> templates.render("organisations/partners-panel.jte", Map.of("partners", partners,
                "logos", organisations.partnerLogos()), output);
    }
}
