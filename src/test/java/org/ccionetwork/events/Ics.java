package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads iCalendar text with ical4j and checks it is valid. */
final class Ics {

    private Ics() {
    }

    static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        var result = calendar.validate();
        assertThat(result.hasErrors()).as("iCalendar problems: %s", result.getEntries()).isFalse();
        return calendar;
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    static String property(VEvent event, String name) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(name).map(net.fortuna.ical4j.model.Property::getValue).orElse(null);
    }

    /** The text of the .ics attachment of an email, or null when it has none. */
    static String attachment(MimeMessage message) throws Exception {
        if (!(message.getContent() instanceof MimeMultipart multipart)) {
            return null;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
