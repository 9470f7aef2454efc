package org.ccionetwork.standards;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The campaign's argument, measured: adoption among providers with a verified CCIO and without, on the campaign page. */
@Component
class CampaignAdoption implements org.ccionetwork.shared.CampaignSection {

    private final NationalPicture picture;
    private final TemplateEngine templates;

    CampaignAdoption(NationalPicture picture, TemplateEngine templates) {
        this.picture = picture;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Content render(Viewer viewer) {
        var section = new StandardsPages.CampaignSection(picture.figures());
        return output -> templates.render("standards/campaign-section.jte", Map.of("page", section), output);
    }
}
