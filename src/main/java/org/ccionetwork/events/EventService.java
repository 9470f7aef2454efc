package org.ccionetwork.events;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.events.materials.Material;
import org.ccionetwork.events.materials.MaterialService;
import org.ccionetwork.events.registration.EventNotices;
import org.ccionetwork.events.registration.Registration;
import org.ccionetwork.events.registration.RegistrationService;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme: what editors change and what everybody reads. Public for the attendee list, where editors change
 * the capacity.
 */
@Service
public class EventService {

    /**
     * The sectors an event can be for, stored as these labels and used as such in addresses
     * ({@code ?sector=Mental+health}), the API and the search index; so not {@code organisations.Sector}, whose
     * slugs are stored, which has no "Primary care" and no "All sectors" and has Specialist and Other.
     */
    static final List<String> SECTORS = List.of("All sectors", "Acute", "Mental health", "Community", "Ambulance",
            "Primary care");
    static final int PAGE_SIZE = 20;

    private final EventRepository events;
    private final ProgrammeRepository programme;
    private final RegistrationService places;
    private final EventNotices notices;
    private final MaterialService materials;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;
    private final Topics topics;
    private final EventThreads threads;

    EventService(EventRepository events, ProgrammeRepository programme, RegistrationService places,
            EventNotices notices, MaterialService materials, Organisations organisations, AuditLog audit, Clock clock,
            Topics topics, EventThreads threads) {
        this.threads = threads;
        this.events = events;
        this.programme = programme;
        this.places = places;
        this.notices = notices;
        this.materials = materials;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
        this.topics = topics;
    }

    Instant now() {
        return clock.instant();
    }

    /** Upcoming published events: at most three queries (the events, their count, their topics). */
    Listing upcoming(String topic, String sector, YearMonth month, int page) {
        Instant from = month == null ? null : month.atDay(1).atStartOfDay(Dates.LONDON).toInstant();
        Instant until = month == null ? null : month.plusMonths(1).atDay(1).atStartOfDay(Dates.LONDON).toInstant();
        var filter = new ProgrammeRepository.Filter(topic, sector, from, until);
        Instant now = now();
        var items = programme.upcoming(filter, now, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
        long total = programme.countUpcoming(filter, now);
        return new Listing(new PageOf<>(items, page, PAGE_SIZE, total), topicsOf(items));
    }

    Listing past(int page) {
        Instant now = now();
        var items = programme.past(now, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Listing(new PageOf<>(items, page, PAGE_SIZE, programme.countPast(now)), topicsOf(items));
    }

    Listing all(int page) {
        var items = programme.all((long) (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Listing(new PageOf<>(items, page, PAGE_SIZE, programme.countAll()), topicsOf(items));
    }

    record Listing(PageOf<Event> events, Map<Long, List<Topic>> topics) {
    }

    private Map<Long, List<Topic>> topicsOf(List<Event> items) {
        Map<Long, List<Topic>> byEvent = new java.util.LinkedHashMap<>();
        var slugs = events.topicsOf(items.stream().map(Event::id).toList());
        // Every event asks, with topics or not, so the page costs the same statements either way.
        items.forEach(e -> byEvent.put(e.id(), topics.of(slugs.getOrDefault(e.id(), List.of()))));
        return byEvent;
    }

    List<Event> next(int limit) {
        return programme.next(now(), limit);
    }

    /** The topics offered in filters and new forms: the current ones of the shared list. */
    List<Topic> topics() {
        return topics.current();
    }

    /** The topics an event's form offers: the current ones and any retired one it already has. */
    List<Topic> offeredTopics(List<String> chosen) {
        return topics.offered(chosen);
    }

    /** A topic filter as a slug of the shared list (an old slug finds the topic it now means), or null. */
    String topicFilter(String slug) {
        return topics.find(slug).map(Topic::slug).orElse(null);
    }

    List<Organisation> possibleSponsors() {
        return organisations.partners();
    }

    Optional<Event> find(String slug) {
        return events.findBySlug(slug);
    }

    /** An event as its page shows it, or nothing when it does not exist or is a draft the viewer may not see. */
    Optional<Details> details(String slug, boolean editor, Long memberId) {
        return events.findBySlug(slug)
                .filter(event -> event.status() != EventStatus.DRAFT || editor)
                .map(event -> {
                    Set<Long> sponsorIds = Set.copyOf(events.sponsorIds(event.id()));
                    var sponsors = sponsorIds.isEmpty() ? List.<Organisation>of()
                            : organisations.partners().stream().filter(o -> sponsorIds.contains(o.id())).toList();
                    Registration mine = memberId == null ? null : places.activeOf(event.id(), memberId).orElse(null);
                    return new Details(event, topics.of(events.topicsOf(List.of(event.id())).getOrDefault(event.id(), List.of())),
                            events.speakers(event.id()), sponsors, mine, materials.ofEvent(event.id()));
                });
    }

    record Details(Event event, List<Topic> topics, List<Speaker> speakers, List<Organisation> sponsors,
            Registration mine, List<Material> materials) {
    }

    List<Long> sponsorIds(long eventId) {
        return events.sponsorIds(eventId);
    }

    @Transactional
    public Event create(EventCommand command) {
        String slug = uniqueSlug(command.title(), command.startsAt());
        long id = events.insert(slug, knownTopics(command), now());
        audit.record("event.created", "event:" + slug, command.title());
        Event event = events.findById(id).orElseThrow();
        if (event.published()) {
            threads.published(event);
        }
        return event;
    }

    /**
     * Saves an editor's changes. When the time or place of a published event changes, everyone with a place gets
     * the updated invitation (same UID, higher SEQUENCE) and everyone waiting a short note; a higher capacity moves
     * the waiting list up first, and those promoted hear it once, in their promotion email with the new details.
     * A change of wording only (title, summary) sends nothing.
     */
    @Transactional
    public Event update(String slug, EventCommand command) {
        Event before = events.lockBySlug(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        if (command.capacity() < before.confirmed()) {
            throw CapacityTooLow.belowConfirmed(before.confirmed());
        }
        if (before.cancelled() && command.status() != EventStatus.CANCELLED) {
            // Reopening a cancelled event would surprise everyone who was told it is off.
            command = command.withStatus(EventStatus.CANCELLED);
        }
        events.update(before.id(), knownTopics(command), now());
        Event after = events.findById(before.id()).orElseThrow();
        audit.record("event.updated", "event:" + slug, after.title());
        threads.changed(before, after);
        if (after.status() == EventStatus.CANCELLED && !before.cancelled()) {
            notices.cancelled(after);
            return after;
        }
        List<Long> promoted = places.promoted(after.id());
        if (moved(before, after) && before.published() && after.published()) {
            notices.changed(after, Set.copyOf(promoted));
        }
        return events.findById(after.id()).orElseThrow();
    }

    /** Whether the time or the place changed: what a calendar or a journey depends on. */
    static boolean moved(Event before, Event after) {
        return !before.startsAt().equals(after.startsAt()) || !before.endsAt().equals(after.endsAt())
                || !Objects.equals(blankToNull(before.venue()), blankToNull(after.venue()))
                || !Objects.equals(blankToNull(before.onlineLink()), blankToNull(after.onlineLink()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Raises (or lowers, down to the places given) the capacity; the waiting list moves up into new places. */
    @Transactional
    public int changeCapacity(String slug, int capacity) {
        Event event = events.lockBySlug(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        if (capacity < event.confirmed()) {
            throw CapacityTooLow.belowConfirmed(event.confirmed());
        }
        events.setCapacity(event.id(), capacity, now());
        audit.record("event.capacity-changed", "event:" + slug, event.capacity() + " to " + capacity);
        return places.promote(event.id());
    }

    @Transactional
    public void cancel(String slug) {
        Event event = events.lockBySlug(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        if (event.cancelled()) {
            return;
        }
        events.cancel(event.id(), now());
        audit.record("event.cancelled", "event:" + slug, event.title());
        Event cancelled = events.findById(event.id()).orElseThrow();
        notices.cancelled(cancelled);
        threads.cancelled(cancelled);
    }

    /** The command with only topics of the shared list (a forged or outdated slug is dropped). */
    private EventCommand knownTopics(EventCommand command) {
        return command.withTopics(topics.slugs(command.topicSlugs()));
    }

    private String uniqueSlug(String title, Instant startsAt) {
        String base = Slugs.of(title, "event") + "-" + startsAt.atZone(Dates.LONDON).getYear();
        String slug = base;
        for (int n = 2; events.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
