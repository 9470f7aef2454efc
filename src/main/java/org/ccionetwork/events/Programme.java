package org.ccionetwork.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The events as the module's sub-features (registration, materials, calendar) read them. Changes to an event's
 * places start with {@link #lock}, so they queue behind each other.
 */
@Component
public class Programme {

    private final EventRepository events;
    private final ProgrammeRepository programme;

    Programme(EventRepository events, ProgrammeRepository programme) {
        this.events = events;
        this.programme = programme;
    }

    public Optional<Event> find(String slug) {
        return events.findBySlug(slug);
    }

    public Optional<Event> find(long id) {
        return events.findById(id);
    }

    /**
     * Locks the event row until the end of the transaction and reads it afresh. Every change to an event's
     * places happens under this lock, so the count read after it is exact, on one instance or many.
     */
    public Event lock(String slug) {
        return events.lockBySlug(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
    }

    public List<Event> byIds(Collection<Long> ids) {
        return events.byIds(ids);
    }

    /** Published and cancelled events from {@code since} onwards, for the public calendar. */
    public List<Event> forCalendar(Instant since) {
        return programme.forCalendar(since);
    }
}
