package org.ccionetwork.events;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feedback from people who came; only someone checked in at an event may give it. */
@Service
class FeedbackService {

    private final RegistrationRepository registrations;
    private final Clock clock;

    FeedbackService(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    boolean attended(Event event, long memberId) {
        return registrations.find(event.id(), memberId).filter(r -> r.confirmed() && r.checkedIn()).isPresent();
    }

    @Transactional
    public void give(Event event, long memberId, int rating, String comments) {
        var registration = registrations.find(event.id(), memberId).filter(r -> r.confirmed() && r.checkedIn())
                .orElseThrow(() -> NotCheckedIn.at(event.slug()));
        registrations.saveFeedback(registration.id(), rating, comments, clock.instant());
    }
}
