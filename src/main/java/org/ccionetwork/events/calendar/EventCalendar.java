package org.ccionetwork.events.calendar;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ccionetwork.events.Event;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.stereotype.Component;

/**
 * iCalendar for events, made with ical4j and validated as it is written. Each event keeps one UID for ever
 * and its SEQUENCE rises with every change, so a calendar replaces its copy instead of adding another. The
 * online link goes only into calendars of people with a place.
 */
@Component
public class EventCalendar {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final CcioProperties properties;
    private final Clock clock;

    EventCalendar(CcioProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String uid(Event event) {
        String host = properties.baseUrl().getHost();
        return "event-" + event.id() + "@" + (host == null ? "ccionetwork" : host);
    }

    /** The public calendar of one or many events: no online links. */
    String publicCalendar(List<Event> events, String name) {
        return write(events, Set.of(), name, false);
    }

    /** A member's own calendar: the online link of events where they hold a place. */
    String privateCalendar(List<Event> events, Set<Long> eventsWithPlace, String name) {
        return write(events, eventsWithPlace, name, false);
    }

    /** The invitation attached to a confirmation, promotion, change or cancellation email. */
    public OutgoingEmail.Attachment invitation(Event event) {
        String text = write(List.of(event), Set.of(event.id()), null, true);
        return new OutgoingEmail.Attachment(event.slug() + ".ics", "text/calendar; charset=utf-8; method=PUBLISH",
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** Feeds carry no METHOD (they are plain calendars); emailed invitations are iTIP PUBLISH with an organiser. */
    private String write(List<Event> events, Set<Long> withPlace, String name, boolean invitation) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CCIO Network//Events//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (invitation) {
            calendar.add(ImmutableMethod.PUBLISH);
        }
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Event event : events) {
            calendar.add(toVEvent(event, withPlace.contains(event.id())));
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the calendar", e);
        }
    }

    private Organizer organizer() {
        String from = properties.mailFrom() == null ? "no-reply@ccionetwork.local" : properties.mailFrom();
        int open = from.indexOf('<');
        String address = open >= 0 ? from.substring(open + 1, from.indexOf('>', open)) : from.strip();
        Organizer organizer = new Organizer(URI.create("mailto:" + address));
        organizer.add(new Cn("CCIO Network"));
        return organizer;
    }

    private VEvent toVEvent(Event event, boolean withPlace) {
        VEvent vevent = new VEvent(event.startsAt(), event.endsAt(), event.title());
        vevent.replace(new DtStamp(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        vevent.add(new Uid(uid(event)));
        vevent.add(organizer());
        vevent.add(new Sequence(event.sequence()));
        vevent.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String page = properties.link("/events/" + event.slug());
        vevent.add(new Url(URI.create(page)));
        String location = event.venue() != null && !event.venue().isBlank() ? event.venue()
                : event.online() ? (withPlace ? event.onlineLink() : "Online") : null;
        if (location != null) {
            vevent.add(new Location(location));
        }
        StringBuilder description = new StringBuilder();
        if (event.cancelled()) {
            description.append("This event has been cancelled.\n\n");
        }
        if (withPlace && event.online()) {
            description.append("Join online: ").append(event.onlineLink()).append("\n\n");
        }
        description.append("Details: ").append(page);
        vevent.add(new Description(description.toString()));
        return vevent;
    }
}
