package org.ccionetwork.directory.vacancies;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.OrganisationPanel;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** A provider's open CCIO vacancies, on its organisation page. */
@Component
class VacancyPanel implements OrganisationPanel {

    private final VacancyService vacancies;
    private final TemplateEngine templates;

    VacancyPanel(VacancyService vacancies, TemplateEngine templates) {
        this.vacancies = vacancies;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(Organisation organisation, Viewer viewer) {
        var open = vacancies.openAt(organisation.id());
        if (open.isEmpty()) {
            return null;
        }
        return output -> templates.render("directory/organisation-panel.jte", Map.of("vacancies", open), output);
    }
}
