package org.ccionetwork.events.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.Programme;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emails that follow the calendar: a reminder two days before, and after the event a feedback survey for
 * people who were checked in. Each registration is claimed by an update in the same transaction as its email,
 * so it is sent once however often, and on however many instances, the job runs.
 */
@Service
public class EventReminders {

    /** How long before an event its reminder goes. */
    static final Duration LEAD = Duration.ofDays(2);

    private final AttendanceRepository attendance;
    private final Programme events;
    private final MemberLookup members;
    private final EventEmails emails;
    private final Outbox outbox;
    private final Clock clock;

    EventReminders(AttendanceRepository attendance, Programme events, MemberLookup members,
            EventEmails emails, Outbox outbox, Clock clock) {
        this.attendance = attendance;
        this.events = events;
        this.members = members;
        this.emails = emails;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public int sendReminders() {
        Instant now = clock.instant();
        return send(attendance.claimReminders(now, LEAD), emails::reminder);
    }

    @Transactional
    public int sendFeedbackRequests() {
        return send(attendance.claimFeedbackRequests(clock.instant()), emails::feedbackRequest);
    }

    private int send(List<AttendanceRepository.Claimed> claimed,
            java.util.function.BiFunction<Event, MemberSummary, OutgoingEmail> email) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Long, Event> byId = events.byIds(claimed.stream().map(AttendanceRepository.Claimed::eventId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Event::id, Function.identity()));
        var people = members.findAll(claimed.stream().map(AttendanceRepository.Claimed::memberId).toList());
        int sent = 0;
        for (var claim : claimed) {
            MemberSummary member = people.get(claim.memberId());
            if (member != null && member.email() != null) {
                outbox.enqueue(email.apply(byId.get(claim.eventId()), member));
                sent++;
            }
        }
        return sent;
    }
}
