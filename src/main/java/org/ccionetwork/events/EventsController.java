package org.ccionetwork.events;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccionetwork.events.EventPages.EventPage;
import org.ccionetwork.events.EventPages.ListPage;
import org.ccionetwork.events.EventPages.Option;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** The public programme: upcoming events, the archive and an event's page (registering is in {@code registration}). */
@Controller
class EventsController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final EventService events;
    private final EventThreads threads;

    EventsController(EventService events, EventThreads threads) {
        this.events = events;
        this.threads = threads;
    }

    @GetMapping("/events")
    ModelAndView upcoming(@RequestParam(required = false) String topic, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String month, @RequestParam(required = false) Integer page) {
        var topics = events.topics();
        String topicFilter = events.topicFilter(topic);
        String sectorFilter = sector != null && EventService.SECTORS.contains(sector) ? sector : null;
        YearMonth monthFilter = parseMonth(month);
        var listing = events.upcoming(topicFilter, sectorFilter, monthFilter, PageOf.clamp(page));
        String base = UriComponentsBuilder.fromPath("/events").queryParamIfPresent("topic", java.util.Optional.ofNullable(topicFilter))
                .queryParamIfPresent("sector", java.util.Optional.ofNullable(sectorFilter))
                .queryParamIfPresent("month", java.util.Optional.ofNullable(monthFilter).map(YearMonth::toString))
                .encode().build().toUriString();
        return Views.page("events/list", new ListPage(listing.events(), listing.topics(), topics, EventService.SECTORS,
                months(), topicFilter, sectorFilter, monthFilter == null ? null : monthFilter.toString(), false, base,
                events.now()));
    }

    @GetMapping("/events/past")
    ModelAndView past(@RequestParam(required = false) Integer page) {
        var listing = events.past(PageOf.clamp(page));
        return Views.page("events/list", new ListPage(listing.events(), listing.topics(), List.of(), List.of(), List.of(),
                null, null, null, true, "/events/past", events.now()));
    }

    @GetMapping("/events/{slug}")
    ModelAndView event(@PathVariable String slug) {
        Viewer viewer = Viewers.current().orElse(null);
        boolean editor = viewer != null && viewer.isEditor();
        var details = events.details(slug, editor, viewer == null ? null : viewer.id())
                .orElseThrow(() -> EventNotFound.forSlug(slug));
        var now = events.now();
        Event event = details.event();
        return Views.page("events/event", new EventPage(event, details.topics(), details.speakers(), details.sponsors(),
                details.mine(), details.materials(), viewer != null, event.registrationOpen(now), event.over(now), editor,
                now, threads.of(event).orElse(null)));
    }

    private static YearMonth parseMonth(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<Option> months() {
        YearMonth first = YearMonth.from(events.now().atZone(Dates.LONDON));
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth month = first.plusMonths(i);
            options.add(new Option(month.toString(), MONTH.format(month)));
        }
        return options;
    }
}
