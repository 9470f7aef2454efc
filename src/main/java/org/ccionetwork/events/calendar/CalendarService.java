package org.ccionetwork.events.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.events.EventStatus;
import org.ccionetwork.events.Programme;
import org.ccionetwork.events.registration.Registration;
import org.ccionetwork.events.registration.RegistrationService;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar feeds: one event, the public programme, and each member's private feed at a secret address. Only
 * the SHA-256 of a feed's secret is kept, so the address is shown once, when it is made; a member who loses it
 * makes a new one.
 */
@Service
public class CalendarService {

    private final Programme events;
    private final RegistrationService registrations;
    private final CalendarFeedRepository feeds;
    private final EventCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    CalendarService(Programme events, RegistrationService registrations, CalendarFeedRepository feeds,
            EventCalendar calendar, AuditLog audit, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.feeds = feeds;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<String> event(String slug) {
        return events.find(slug).filter(e -> e.status() != EventStatus.DRAFT)
                .map(e -> calendar.publicCalendar(List.of(e), null));
    }

    String programme() {
        return calendar.publicCalendar(events.forCalendar(clock.instant().minus(Duration.ofDays(365))),
                "CCIO Network events");
    }

    /** The member's registered events, or nothing when the token is unknown or revoked. */
    Optional<String> privateFeed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.memberOfFeed(SecretTokens.hash(token)).map(memberId -> {
            var mine = registrations.ofMember(memberId);
            var list = events.byIds(mine.stream().map(Registration::eventId).toList()).stream()
                    .filter(e -> e.status() != EventStatus.DRAFT).toList();
            Set<Long> withPlace = mine.stream().filter(Registration::confirmed).map(Registration::eventId)
                    .collect(Collectors.toSet());
            return calendar.privateCalendar(list, withPlace, "My CCIO Network events");
        });
    }

    /** When the member's feed address was made, or nothing when they have none. */
    public Optional<Instant> feedCreated(long memberId) {
        return feeds.feedCreated(memberId);
    }

    /** Makes a new secret address and returns its secret, which is not kept; any earlier address stops working. */
    @Transactional
    public String renewFeed(long memberId) {
        String token = SecretTokens.newSecret();
        feeds.saveFeedToken(memberId, SecretTokens.hash(token), clock.instant());
        audit.record("event.feed-renewed", "member:" + memberId, null);
        return token;
    }

    @Transactional
    public void revokeFeed(long memberId) {
        feeds.revokeFeed(memberId);
        audit.record("event.feed-revoked", "member:" + memberId, null);
    }

    /** The member's feed goes when they leave; no audit entry, since their account goes with it. */
    public void forget(long memberId) {
        feeds.revokeFeed(memberId);
    }
}
