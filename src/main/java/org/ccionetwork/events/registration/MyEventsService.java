package org.ccionetwork.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.EventStatus;
import org.ccionetwork.events.Programme;
import org.ccionetwork.events.registration.RegistrationPages.CpdRow;
import org.ccionetwork.events.registration.RegistrationPages.MyEvent;
import org.springframework.stereotype.Service;

/** What a member sees of their own registrations. */
@Service
class MyEventsService {

    private final RegistrationRepository registrations;
    private final AttendanceRepository attendance;
    private final Programme events;
    private final MemberLookup members;
    private final Certificates certificates;
    private final Clock clock;

    MyEventsService(RegistrationRepository registrations, AttendanceRepository attendance, Programme events,
            MemberLookup members, Certificates certificates, Clock clock) {
        this.registrations = registrations;
        this.attendance = attendance;
        this.events = events;
        this.members = members;
        this.certificates = certificates;
        this.clock = clock;
    }

    record Mine(List<MyEvent> upcoming, List<MyEvent> past) {
    }

    /** Two queries: the registrations, then their events. */
    Mine registrations(long memberId) {
        var mine = registrations.ofMember(memberId);
        Map<Long, Event> byId = events.byIds(mine.stream().map(Registration::eventId).toList()).stream()
                .collect(Collectors.toMap(Event::id, Function.identity()));
        Instant now = clock.instant();
        List<MyEvent> upcoming = new ArrayList<>();
        List<MyEvent> past = new ArrayList<>();
        for (Registration registration : mine) {
            Event event = byId.get(registration.eventId());
            if (event == null || event.status() == EventStatus.DRAFT) {
                continue;
            }
            (event.over(now) ? past : upcoming).add(new MyEvent(event, registration));
        }
        upcoming.sort(Comparator.comparing(m -> m.event().startsAt()));
        past.sort(Comparator.comparing((MyEvent m) -> m.event().startsAt()).reversed());
        return new Mine(upcoming, past);
    }

    List<CpdRow> cpd(long memberId) {
        return attendance.cpdLog(memberId);
    }

    /** A certificate for an event the member was checked in at, once it has started. */
    Optional<byte[]> certificate(String slug, long memberId) {
        return events.find(slug)
                .filter(event -> event.started(clock.instant()))
                .filter(event -> registrations.find(event.id(), memberId)
                        .filter(r -> r.confirmed() && r.checkedIn()).isPresent())
                .flatMap(event -> members.find(memberId).map(member -> certificates.attendance(member.name(), event)));
    }
}
