package org.ccionetwork.events.registration;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.registration.RegistrationPages.Attendee;
import org.ccionetwork.events.registration.RegistrationPages.Attendees;
import org.ccionetwork.events.registration.RegistrationPages.FeedbackRow;
import org.ccionetwork.shared.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The attendee list at the door: who has a place, who is waiting, who was checked in, and what they thought. */
@Service
class AttendanceService {

    private final RegistrationRepository registrations;
    private final AttendanceRepository attendance;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(RegistrationRepository registrations, AttendanceRepository attendance, MemberLookup members,
            AuditLog audit, Clock clock) {
        this.registrations = registrations;
        this.attendance = attendance;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** The attendee list: registrations with the people behind them, found in one query. */
    Attendees attendees(Event event, String query) {
        var all = registrations.all(event.id());
        var people = members.findAll(all.stream().map(Registration::memberId).collect(Collectors.toSet()));
        String q = query == null ? "" : query.strip().toLowerCase(Locale.UK);
        var rows = all.stream()
                .map(r -> new Attendee(r, people.get(r.memberId())))
                .filter(a -> q.isEmpty() || a.name().toLowerCase(Locale.UK).contains(q)
                        || a.email().toLowerCase(Locale.UK).contains(q))
                .toList();
        long confirmed = all.stream().filter(Registration::confirmed).count();
        long checkedIn = all.stream().filter(r -> r.confirmed() && r.checkedIn()).count();
        long waiting = all.stream().filter(Registration::waiting).count();
        return new Attendees(rows, confirmed, waiting, checkedIn, event.over(clock.instant()));
    }

    List<FeedbackRow> feedback(long eventId) {
        return attendance.feedback(eventId);
    }

    /** An editor checks someone in at the door. */
    @Transactional
    public boolean checkIn(Event event, long registrationId, boolean undo) {
        boolean done = undo ? registrations.undoCheckIn(registrationId, event.id())
                : registrations.checkIn(registrationId, event.id(), clock.instant());
        if (done) {
            audit.record(undo ? "event.check-in-undone" : "event.checked-in", "event:" + event.slug(),
                    "registration " + registrationId);
        }
        return done;
    }
}
