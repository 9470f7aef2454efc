package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What people holding a place or waiting hear when an editor changes an event. */
@IntegrationTest
class EventChangeEmailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer.Mailbox mailbox;

    /** An event with one place: one member holds it, another waits. */
    record Setting(Events.Created event, Members.Created editor, Members.Created attendee, Members.Created waiting,
            Map<String, String> form) {
    }

    private Setting anEventWithAPlaceTakenAndSomeoneWaiting() throws Exception {
        var event = events.anEvent().create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", event.title());
        form.put("summary", "An afternoon on shared records.");
        form.put("sector", "Acute");
        form.put("startsAt", "2031-09-10T14:00");
        form.put("endsAt", "2031-09-10T16:00");
        form.put("venue", "Leeds Teaching Hospitals, Great George Street, Leeds LS1 3EX");
        form.put("onlineLink", "https://meet.example.org/shared-records");
        form.put("capacity", "1");
        form.put("status", "PUBLISHED");
        form.put("cpdHours", "2");
        // Before anyone registers: nobody to tell.
        save(event, editor, form);
        var attendee = members.aMember().create();
        var waiting = members.aMember().create();
        register(event, attendee);
        register(event, waiting);
        return new Setting(event, editor, attendee, waiting, form);
    }

    @Test
    void movingTheEventSendsTheUpdatedInvitationToAttendeesAndANoteToTheWaitingList() throws Exception {
        var s = anEventWithAPlaceTakenAndSomeoneWaiting();
        var confirmation = Ics.events(Ics.parse(Ics.attachment(Mail.withSubject(mailbox, s.attendee().email(), "Your place at"))))
                .getFirst();

        var changed = new LinkedHashMap<>(s.form());
        changed.put("startsAt", "2031-09-17T14:00");
        changed.put("endsAt", "2031-09-17T16:30");
        save(s.event(), s.editor(), changed);

        var email = Mail.withSubject(mailbox, s.attendee().email(), "Changed:");
        assertThat(email.getSubject()).isEqualTo("Changed: " + s.event().title());
        assertThat(Mail.text(email)).contains("17 September 2031, 14:00 to 16:30");
        var invitation = Ics.events(Ics.parse(Ics.attachment(email))).getFirst();
        assertThat(Ics.property(invitation, "UID")).isEqualTo(Ics.property(confirmation, "UID"));
        assertThat(Integer.parseInt(Ics.property(invitation, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(Ics.property(confirmation, "SEQUENCE")));
        assertThat(Ics.property(invitation, "DTSTART")).isEqualTo("20310917T130000Z");
        assertThat(Ics.property(invitation, "DTEND")).isEqualTo("20310917T153000Z");

        var note = Mail.withSubject(mailbox, s.waiting().email(), "Changed:");
        assertThat(Ics.attachment(note)).as("no place yet, so no invitation").isNull();
        assertThat(Mail.text(note)).contains("still on the waiting list", "17 September 2031, 14:00 to 16:30");

        assertThat(changeEmails(s.attendee(), s.event())).isEqualTo(1);
        assertThat(changeEmails(s.waiting(), s.event())).isEqualTo(1);
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("startsAt", "2031-09-10T15:00", 1),
                Arguments.of("endsAt", "2031-09-10T17:00", 1),
                Arguments.of("venue", "St James's University Hospital, Beckett Street, Leeds LS9 7TF", 1),
                Arguments.of("onlineLink", "https://meet.example.org/another-room", 1),
                Arguments.of("title", "Shared records, renamed", 0),
                Arguments.of("summary", "A longer description of the afternoon.", 0),
                Arguments.of("cpdHours", "3", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void onlyATimeOrPlaceChangeIsEmailedAndOnlyOnceEach(String field, String value, int expected) throws Exception {
        var s = anEventWithAPlaceTakenAndSomeoneWaiting();
        var changed = new LinkedHashMap<>(s.form());
        changed.put(field, value);
        save(s.event(), s.editor(), changed);
        // Saving the same again is no change at all.
        save(s.event(), s.editor(), changed);

        assertThat(changeEmails(s.attendee(), s.event())).isEqualTo(expected);
        assertThat(changeEmails(s.waiting(), s.event())).isEqualTo(expected);
    }

    @Test
    void someonePromotedByTheSameChangeHearsOnceInTheirPromotion() throws Exception {
        var s = anEventWithAPlaceTakenAndSomeoneWaiting();
        var changed = new LinkedHashMap<>(s.form());
        changed.put("venue", "Leeds General Infirmary, Great George Street, Leeds LS1 3EX");
        changed.put("capacity", "2");
        save(s.event(), s.editor(), changed);

        assertThat(changeEmails(s.attendee(), s.event())).isEqualTo(1);
        assertThat(changeEmails(s.waiting(), s.event())).isZero();
        var promotion = Mail.withSubject(mailbox, s.waiting().email(), "A place has come up");
        assertThat(Mail.text(promotion)).contains("Leeds General Infirmary");
        assertThat(Ics.property(Ics.events(Ics.parse(Ics.attachment(promotion))).getFirst(), "LOCATION"))
                .contains("Leeds General Infirmary");
    }

    private long changeEmails(Members.Created member, Events.Created event) {
        return jdbc.sql("select count(*) from shared.outbox_email where lower(to_address) = lower(:to) and subject = :subject")
                .param("to", member.email()).param("subject", "Changed: " + event.title()).query(Long.class).single();
    }

    private void save(Events.Created event, Members.Created editor, Map<String, String> form) throws Exception {
        var request = post("/admin/events/" + event.slug()).with(csrf()).with(editor.signedIn());
        form.forEach(request::param);
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private void register(Events.Created event, Members.Created member) throws Exception {
        assertThat(mvc.perform(post("/events/" + event.slug() + "/register").with(csrf()).with(member.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }
}
