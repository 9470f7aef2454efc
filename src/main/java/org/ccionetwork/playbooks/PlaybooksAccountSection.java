package org.ccionetwork.playbooks;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.shared.AccountSection;
import org.ccionetwork.shared.Site;
import org.springframework.stereotype.Component;

/** On the member's account page: how many of their quoted words wait for their answer, and where to answer. */
@Component
class PlaybooksAccountSection implements AccountSection {

    private final QuoteRepository quotes;
    private final TemplateEngine templates;

    PlaybooksAccountSection(QuoteRepository quotes, TemplateEngine templates) {
        this.quotes = quotes;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public Content render(Site site) {
        if (site.viewer() == null) {
            return null;
        }
        long waiting = quotes.waitingFor(site.viewer().id());
        return output -> templates.render("playbooks/account-section.jte", Map.of("waiting", waiting), output);
    }
}
