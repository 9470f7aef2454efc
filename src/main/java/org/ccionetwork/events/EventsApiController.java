package org.ccionetwork.events;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.topics.Topic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ccionetwork.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public programme as JSON: no online links, no attendees. */
@RestController
@Tag(name = "Events", description = "The network's programme of events")
class EventsApiController {

    private final EventService events;

    EventsApiController(EventService events) {
        this.events = events;
    }

    /** An event as the API shows it. */
    public record EventJson(String slug, String title, String summary, List<String> topics, String sector,
            Instant startsAt, Instant endsAt, String where, boolean online, int capacity, int placesLeft,
            String status, String series, String cpdHours) {
    }

    public record EventsJson(List<EventJson> events, int page, int pages, long total) {
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Upcoming published events, soonest first, 20 a page")
    EventsJson upcoming(@RequestParam(required = false) Integer page) {
        var listing = events.upcoming(null, null, null, PageOf.clamp(page));
        PageOf<Event> found = listing.events();
        return new EventsJson(found.items().stream()
                .map(e -> json(e, listing.topics().getOrDefault(e.id(), List.of()))).toList(),
                found.number(), found.pages(), found.total());
    }

    @GetMapping("/api/v1/events/{slug}")
    @Operation(summary = "One published or cancelled event, with the places left")
    EventJson event(@PathVariable String slug) {
        var details = events.details(slug, false, null).orElseThrow(() -> EventNotFound.forSlug(slug));
        return json(details.event(), details.topics());
    }

    private static EventJson json(Event e, List<Topic> topics) {
        return new EventJson(e.slug(), e.title(), e.summaryMarkdown(), topics.stream().map(Topic::name).toList(),
                e.sector(), e.startsAt(), e.endsAt(), e.where(), e.online(), e.capacity(), e.placesLeft(),
                e.status().name(), e.seriesName(), e.cpdText());
    }
}
