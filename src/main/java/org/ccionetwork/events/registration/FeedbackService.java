package org.ccionetwork.events.registration;

import java.time.Clock;

import org.ccionetwork.events.Event;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feedback from people who came; only someone checked in at an event may give it. */
@Service
class FeedbackService {

    private final RegistrationRepository registrations;
    private final AttendanceRepository attendance;
    private final Clock clock;

    FeedbackService(RegistrationRepository registrations, AttendanceRepository attendance, Clock clock) {
        this.registrations = registrations;
        this.attendance = attendance;
        this.clock = clock;
    }

    boolean attended(Event event, long memberId) {
        return registrations.find(event.id(), memberId).filter(r -> r.confirmed() && r.checkedIn()).isPresent();
    }

    @Transactional
    public void give(Event event, long memberId, int rating, String comments) {
        var registration = registrations.find(event.id(), memberId).filter(r -> r.confirmed() && r.checkedIn())
                .orElseThrow(() -> NotCheckedIn.at(event.slug()));
        attendance.saveFeedback(registration.id(), rating, comments, clock.instant());
    }
}
