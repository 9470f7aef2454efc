package org.ccionetwork.news.newsletter;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.news.newsletter.NewsletterPages.NewsletterPage;
import org.ccionetwork.shared.AccountSection;
import org.ccionetwork.shared.Site;
import org.springframework.stereotype.Component;

/** The newsletter choice on the member's account page; its form posts to {@code /account/newsletter}. */
@Component
class NewsletterChoice implements AccountSection {

    private final Newsletter newsletter;
    private final TemplateEngine templates;

    NewsletterChoice(Newsletter newsletter, TemplateEngine templates) {
        this.newsletter = newsletter;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Content render(Site site) {
        if (site.viewer() == null) {
            return null;
        }
        var page = new NewsletterPage(newsletter.subscribed(site.viewer().id()));
        return output -> templates.render("news/account-newsletter.jte", Map.of("page", page, "site", site), output);
    }
}
