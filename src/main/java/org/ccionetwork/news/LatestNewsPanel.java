package org.ccionetwork.news;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.shared.HomePanel;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The newest articles on the home page. */
@Component
class LatestNewsPanel implements HomePanel {

    private final NewsService news;
    private final TemplateEngine templates;

    LatestNewsPanel(NewsService news, TemplateEngine templates) {
        this.news = news;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Content render(Viewer viewer) {
        var latest = news.latest(4);
        if (latest.isEmpty()) {
            return null;
        }
        return output -> templates.render("news/latest-panel.jte", Map.of("articles", latest), output);
    }
}
