package org.ccionetwork.events;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import org.ccionetwork.shared.HomePanel;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** The next three events on the home page. */
@Component
class NextEventsPanel implements HomePanel {

    private final EventService events;
    private final TemplateEngine templates;

    NextEventsPanel(EventService events, TemplateEngine templates) {
        this.events = events;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Content render(Viewer viewer) {
        var next = events.next(3);
        if (next.isEmpty()) {
            return null;
        }
        return output -> templates.render("events/next-panel.jte", Map.of("events", next, "now", events.now()), output);
    }
}
