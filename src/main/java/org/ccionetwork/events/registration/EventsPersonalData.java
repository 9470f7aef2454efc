package org.ccionetwork.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.Programme;
import org.ccionetwork.events.calendar.CalendarService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A member's registrations in their data download; their needs, comments and feed go when they leave. */
@Component
class EventsPersonalData implements PersonalData {

    private final RegistrationRepository registrations;
    private final Programme events;
    private final RegistrationService places;
    private final CalendarService calendars;

    EventsPersonalData(RegistrationRepository registrations, Programme events, RegistrationService places,
            CalendarService calendars) {
        this.registrations = registrations;
        this.events = events;
        this.places = places;
        this.calendars = calendars;
    }

    public record Exported(String event, Instant startsAt, String status, String needs, Instant registeredAt,
            Instant checkedInAt) {
    }

    @Override
    public String section() {
        return "eventRegistrations";
    }

    @Override
    public Object exportFor(long memberId) {
        var all = registrations.everyOfMember(memberId);
        Map<Long, Event> byId = events.byIds(all.stream().map(Registration::eventId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        List<Exported> rows = all.stream().map(r -> {
            Event e = byId.get(r.eventId());
            return new Exported(e.title(), e.startsAt(), r.status().label(), r.needs(), r.registeredAt(), r.checkedInAt());
        }).toList();
        return rows;
    }

    @ApplicationModuleListener
    void on(MemberDeleted deleted) {
        // Places at events still to come go to the people waiting.
        var active = registrations.ofMember(deleted.memberId());
        for (Event event : events.byIds(active.stream().map(Registration::eventId).toList())) {
            places.cancel(event.slug(), deleted.memberId());
        }
        registrations.anonymise(deleted.memberId());
        calendars.forget(deleted.memberId());
    }
}
