package org.ccionetwork.events.registration;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.calendar.EventCalendar;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.stereotype.Component;

/** The wording of every email about events. Confirmations, promotions, changes and cancellations carry an .ics. */
@Component
class EventEmails {

    private final CcioProperties properties;
    private final EventCalendar calendar;

    EventEmails(CcioProperties properties, EventCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    OutgoingEmail confirmed(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Your place at " + event.title(),
                greeting(member) + "Your place at " + event.title() + " is confirmed.\n\n" + details(event, true)
                        + "The invitation attached adds it to your calendar. If you cannot come, please cancel so that "
                        + "someone on the waiting list can have your place: " + link("/account/events") + "\n" + signOff(),
                calendar.invitation(event));
    }

    OutgoingEmail waiting(Event event, MemberSummary member, int position) {
        return new OutgoingEmail(member.email(), "You are on the waiting list for " + event.title(),
                greeting(member) + event.title() + " is full, so you are number " + position
                        + " on the waiting list. If a place comes up, it is yours straight away and we will email you.\n\n"
                        + details(event, false) + "Your events: " + link("/account/events") + "\n" + signOff());
    }

    OutgoingEmail promoted(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "A place has come up: " + event.title(),
                greeting(member) + "Good news: a place has come up at " + event.title()
                        + " and it is yours. Your place is confirmed.\n\n" + details(event, true)
                        + "The invitation attached adds it to your calendar. If you can no longer come, please cancel: "
                        + link("/account/events") + "\n" + signOff(),
                calendar.invitation(event));
    }

    OutgoingEmail registrationCancelled(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Registration cancelled: " + event.title(),
                greeting(member) + "You have cancelled your registration for " + event.title() + " (" + event.when()
                        + "). Thank you for letting us know.\n\nYou can register again while places remain: "
                        + link("/events/" + event.slug()) + "\n" + signOff());
    }

    OutgoingEmail eventCancelled(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Cancelled: " + event.title(),
                greeting(member) + "We are sorry: " + event.title() + " (" + event.when()
                        + ") has been cancelled. The attached calendar update removes it from your calendar.\n\n"
                        + "Our other events: " + link("/events") + "\n" + signOff(),
                calendar.invitation(event));
    }

    OutgoingEmail changed(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Changed: " + event.title(),
                greeting(member) + "The details of " + event.title() + " have changed. This is how it stands now.\n\n"
                        + details(event, true) + "The attached invitation updates your calendar.\n" + signOff(),
                calendar.invitation(event));
    }

    /** A short note for the waiting list: no invitation, since they have no place to put in a calendar yet. */
    OutgoingEmail changedWhileWaiting(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Changed: " + event.title(),
                greeting(member) + "The time or place of " + event.title() + " has changed. You are still on the "
                        + "waiting list; if a place comes up, it is yours and we will email you an invitation.\n\n"
                        + details(event, false) + "If the new time or place does not suit you, you can leave the "
                        + "waiting list: " + link("/account/events") + "\n" + signOff());
    }

    OutgoingEmail reminder(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "Reminder: " + event.title() + " is coming up",
                greeting(member) + "A reminder that you have a place at " + event.title() + ".\n\n" + details(event, true)
                        + "If you cannot come, please cancel so that someone else can have your place: "
                        + link("/account/events") + "\n" + signOff());
    }

    OutgoingEmail feedbackRequest(Event event, MemberSummary member) {
        return new OutgoingEmail(member.email(), "How was " + event.title() + "?",
                greeting(member) + "Thank you for coming to " + event.title()
                        + ". Two minutes of your time would help us make the next event better: "
                        + link("/events/" + event.slug() + "/feedback") + "\n\n"
                        + "Your certificate of attendance (" + event.cpdText() + " CPD hours) is ready: "
                        + link("/account/events/" + event.slug() + "/certificate.pdf") + "\n" + signOff());
    }

    private String details(Event event, boolean withPlace) {
        StringBuilder text = new StringBuilder();
        text.append("When: ").append(event.when()).append(" (UK time)\n");
        text.append("Where: ").append(event.where()).append('\n');
        if (withPlace && event.online()) {
            text.append("Join online: ").append(event.onlineLink()).append('\n');
        }
        text.append("Details: ").append(link("/events/" + event.slug())).append("\n\n");
        return text.toString();
    }

    private static String greeting(MemberSummary member) {
        return "Dear " + member.name() + ",\n\n";
    }

    private static String signOff() {
        return "\nThe CCIO Network\n";
    }

    private String link(String path) {
        return properties.link(path);
    }
}
