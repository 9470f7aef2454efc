package org.ccionetwork.events.registration;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.EventDiscussionFollowedUp;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Slides and follow-up": when an event's discussion gets its first reply after the event, everyone who had a
 * confirmed place hears of it by email, once (the forum publishes the fact once per event).
 */
@Component
class DiscussionFollowUps {

    private final RegistrationRepository registrations;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;

    DiscussionFollowUps(RegistrationRepository registrations, MemberLookup members, Outbox outbox,
            CcioProperties properties) {
        this.registrations = registrations;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(EventDiscussionFollowedUp followedUp) {
        var confirmed = registrations.active(followedUp.eventId()).stream().filter(Registration::confirmed).toList();
        var people = members.findAll(confirmed.stream().map(Registration::memberId).toList());
        for (Registration registration : confirmed) {
            MemberSummary member = people.get(registration.memberId());
            if (member == null || member.email() == null || member.suspended()) {
                continue;
            }
            outbox.enqueue(new OutgoingEmail(member.email(), "Slides and follow-up: " + followedUp.eventTitle(),
                    "Dear " + member.name() + ",\n\n"
                            + "The discussion of " + followedUp.eventTitle() + " has its first reply since the event:\n\n"
                            + properties.link(followedUp.link()) + "\n\n"
                            + "You had a place at the event, so we thought you would like to know. Follow the thread "
                            + "in peer support to hear of later replies.\n\nCCIO Network\n"));
        }
    }
}
