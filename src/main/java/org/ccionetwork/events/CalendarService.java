package org.ccionetwork.events;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.shared.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The calendar feeds: one event, the public programme, and each member's private feed at a secret address. */
@Service
class CalendarService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final EventCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CalendarService(EventRepository events, RegistrationRepository registrations, EventCalendar calendar,
            AuditLog audit, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<String> event(String slug) {
        return events.findBySlug(slug).filter(e -> e.status() != EventStatus.DRAFT)
                .map(e -> calendar.publicCalendar(List.of(e), null));
    }

    String programme() {
        return calendar.publicCalendar(events.forCalendar(clock.instant().minus(Duration.ofDays(365))),
                "CCIO Network events");
    }

    /** The member's registered events, or nothing when the token is unknown or revoked. */
    Optional<String> privateFeed(String token) {
        return registrations.memberOfFeed(token).map(memberId -> {
            var mine = registrations.ofMember(memberId);
            var list = events.byIds(mine.stream().map(Registration::eventId).toList()).stream()
                    .filter(e -> e.status() != EventStatus.DRAFT).toList();
            Set<Long> withPlace = mine.stream().filter(Registration::confirmed).map(Registration::eventId)
                    .collect(Collectors.toSet());
            return calendar.privateCalendar(list, withPlace, "My CCIO Network events");
        });
    }

    Optional<String> feedToken(long memberId) {
        return registrations.feedToken(memberId);
    }

    /** Makes a new secret address; any earlier one stops working. */
    @Transactional
    public String renewFeed(long memberId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        registrations.saveFeedToken(memberId, token, clock.instant());
        audit.record("event.feed-renewed", "member:" + memberId, null);
        return token;
    }

    @Transactional
    public void revokeFeed(long memberId) {
        registrations.revokeFeed(memberId);
        audit.record("event.feed-revoked", "member:" + memberId, null);
    }
}
