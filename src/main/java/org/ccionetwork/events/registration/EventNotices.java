package org.ccionetwork.events.registration;

import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.Event;
import org.ccionetwork.shared.Outbox;
import org.springframework.stereotype.Component;

/** What everyone with a place or waiting hears when the programme changes their event. */
@Component
public class EventNotices {

    private final RegistrationRepository registrations;
    private final MemberLookup members;
    private final EventEmails emails;
    private final Outbox outbox;

    EventNotices(RegistrationRepository registrations, MemberLookup members, EventEmails emails, Outbox outbox) {
        this.registrations = registrations;
        this.members = members;
        this.emails = emails;
        this.outbox = outbox;
    }

    /** One email per person: the new invitation for a place, a note for the waiting list; none for the promoted. */
    public void changed(Event event, Set<Long> alreadyTold) {
        var active = registrations.active(event.id()).stream()
                .filter(r -> !alreadyTold.contains(r.memberId())).toList();
        var people = members.findAll(active.stream().map(Registration::memberId).toList());
        for (Registration registration : active) {
            MemberSummary member = people.get(registration.memberId());
            if (member == null || member.email() == null) {
                continue;
            }
            outbox.enqueue(registration.confirmed() ? emails.changed(event, member) : emails.changedWhileWaiting(event, member));
        }
    }

    public void cancelled(Event event) {
        var active = registrations.active(event.id());
        var people = members.findAll(active.stream().map(Registration::memberId).toList());
        for (Registration registration : active) {
            MemberSummary member = people.get(registration.memberId());
            if (member != null && member.email() != null) {
                outbox.enqueue(emails.eventCancelled(event, member));
            }
        }
    }
}
