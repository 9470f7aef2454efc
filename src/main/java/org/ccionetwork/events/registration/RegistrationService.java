package org.ccionetwork.events.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.Programme;
import org.ccionetwork.shared.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places at events. Every change takes the lock on the event row first ({@code select ... for update}), so
 * concurrent registrations, on this instance or another, queue behind each other and the count of confirmed
 * places read under the lock is exact: capacity is never exceeded and the waiting list keeps its order.
 */
@Service
public class RegistrationService {

    enum Outcome { CONFIRMED, WAITING, ALREADY_REGISTERED, CLOSED }

    record Result(Outcome outcome, Event event, int waitingPosition) {
    }

    private final Programme events;
    private final RegistrationRepository registrations;
    private final MemberLookup members;
    private final EventEmails emails;
    private final Outbox outbox;
    private final Clock clock;

    RegistrationService(Programme events, RegistrationRepository registrations, MemberLookup members,
            EventEmails emails, Outbox outbox, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.members = members;
        this.emails = emails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Result register(String slug, long memberId, String needs) {
        Event event = events.lock(slug);
        Instant now = clock.instant();
        if (!event.registrationOpen(now)) {
            return new Result(Outcome.CLOSED, event, 0);
        }
        var existing = registrations.find(event.id(), memberId);
        if (existing.isPresent() && existing.get().active()) {
            return new Result(Outcome.ALREADY_REGISTERED, event, 0);
        }
        MemberSummary member = members.find(memberId).orElseThrow();
        String cleanNeeds = needs == null || needs.isBlank() ? null : needs.strip();
        if (event.confirmed() < event.capacity()) {
            registrations.register(event.id(), memberId, RegistrationStatus.CONFIRMED, cleanNeeds, now);
            outbox.enqueue(emails.confirmed(event, member));
            return new Result(Outcome.CONFIRMED, event, 0);
        }
        registrations.register(event.id(), memberId, RegistrationStatus.WAITING, cleanNeeds, now);
        int position = event.waiting() + 1;
        outbox.enqueue(emails.waiting(event, member, position));
        return new Result(Outcome.WAITING, event, position);
    }

    /** Cancels the member's place or waiting-list place; a freed place goes to the first person waiting. */
    @Transactional
    public boolean cancel(String slug, long memberId) {
        Event event = events.lock(slug);
        var registration = registrations.find(event.id(), memberId).filter(Registration::active);
        if (registration.isEmpty() || event.over(clock.instant())) {
            return false;
        }
        registrations.cancel(registration.get().id(), clock.instant());
        members.find(memberId).filter(m -> m.email() != null)
                .ifPresent(member -> outbox.enqueue(emails.registrationCancelled(event, member)));
        if (registration.get().confirmed()) {
            promote(event.id());
        }
        return true;
    }

    /**
     * Gives free places to the people first on the waiting list and emails them. Call with the event locked.
     * Returns how many were promoted.
     */
    public int promote(long eventId) {
        return promoted(eventId).size();
    }

    /** As {@link #promote}, returning the members promoted. */
    public List<Long> promoted(long eventId) {
        Event event = events.find(eventId).orElseThrow();
        int free = event.capacity() - registrations.countConfirmed(eventId);
        if (free <= 0 || !event.published() || event.started(clock.instant())) {
            return List.of();
        }
        List<Registration> next = registrations.firstWaiting(eventId, free);
        if (next.isEmpty()) {
            return List.of();
        }
        registrations.confirm(next.stream().map(Registration::id).toList(), clock.instant());
        Map<Long, MemberSummary> people = members.findAll(next.stream().map(Registration::memberId).toList());
        for (Registration registration : next) {
            MemberSummary member = people.get(registration.memberId());
            if (member != null && member.email() != null) {
                outbox.enqueue(emails.promoted(event, member));
            }
        }
        return next.stream().map(Registration::memberId).toList();
    }

    /** The member's place or waiting-list place at an event, if they have one. */
    public Optional<Registration> activeOf(long eventId, long memberId) {
        return registrations.find(eventId, memberId).filter(Registration::active);
    }

    /** A member's registrations that are not cancelled. */
    public List<Registration> ofMember(long memberId) {
        return registrations.ofMember(memberId);
    }
}
