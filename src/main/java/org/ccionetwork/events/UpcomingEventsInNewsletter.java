package org.ccionetwork.events;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.NewsletterSection;
import org.springframework.stereotype.Component;

/** The next published events, in the weekly newsletter. */
@Component
class UpcomingEventsInNewsletter implements NewsletterSection {

    private final ProgrammeRepository events;
    private final CcioProperties site;

    UpcomingEventsInNewsletter(ProgrammeRepository events, CcioProperties site) {
        this.events = events;
        this.site = site;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String heading() {
        return "UPCOMING EVENTS";
    }

    @Override
    public List<Item> items(Instant now) {
        return events.next(now, 5).stream()
                .map(event -> new Item(event.title(), event.when() + " · " + event.where(), site.link("/events/" + event.slug())))
                .toList();
    }
}
