package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.events.registration.EventReminders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class EventAdministrationTests {

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

    private static Map<String, String> validForm(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("summary", "A **practical** afternoon.<script>alert(1)</script>");
        form.put("sector", "Mental health");
        form.put("startsAt", "2031-03-12T14:00");
        form.put("endsAt", "2031-03-12T17:30");
        form.put("venue", "Maudsley Learning, Denmark Hill, London SE5 8AZ");
        form.put("onlineLink", "");
        form.put("capacity", "40");
        form.put("status", "PUBLISHED");
        form.put("series", "2031 programme");
        form.put("cpdHours", "3");
        form.put("speakers", "Gareth Price | CCIO | South London Trust\nDr Jo Bell");
        return form;
    }

    @Test
    void anEditorCreatesAnEventThatEveryoneCanSee() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Records in mental health " + System.nanoTime();
        var request = post("/admin/events").with(csrf()).with(editor.signedIn());
        validForm(title).forEach(request::param);
        request.param("topics", "mental-health", "no-such-topic");

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        String slug = jdbc.sql("select slug from events.event where title = :t").param("t", title).query(String.class).single();
        assertThat(slug).endsWith("-2031");
        assertThat(jdbc.sql("select starts_at = timestamptz '2031-03-12 14:00:00+00' from events.event where slug = :s")
                .param("s", slug).query(Boolean.class).single()).as("14:00 in London in March is 14:00 UTC").isTrue();
        String page = page("/events/" + slug);
        assertThat(page).contains(title, "12 March 2031, 14:00 to 17:30", "Gareth Price, CCIO, South London Trust",
                "Dr Jo Bell", "<strong>practical</strong>", "40 places left", "2031 programme", "Mental health")
                .doesNotContain("<script>alert");
        assertThat(page("/events?topic=mental-health&sector=Mental+health")).contains(title);
        assertThat(page("/events?topic=business-case")).doesNotContain(title);
        assertThat(page("/api/v1/events/" + slug)).contains("\"placesLeft\":40");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'event.created' and target = :t")
                .param("t", "event:" + slug).query(Long.class).single()).isEqualTo(1);
    }

    static Stream<Arguments> invalidForms() {
        return Stream.of(
                Arguments.of("title", "", "Enter a title"),
                Arguments.of("capacity", "0", "There must be at least 1 place"),
                Arguments.of("capacity", "lots", "Enter a valid value"),
                Arguments.of("endsAt", "2031-03-12T13:00", "The end must be after the start"),
                Arguments.of("startsAt", "", "Enter when the event starts"),
                Arguments.of("onlineLink", "javascript:alert(1)", "Enter an online link starting with https://"),
                Arguments.of("sector", "Dentistry", "Choose a sector from the list"),
                Arguments.of("cpdHours", "-1", "CPD hours cannot be negative"),
                Arguments.of("speakers", " | Role only", "Write each speaker as Name | Role | Organisation, one per line"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("invalidForms")
    void aBadFieldIsExplainedBesideItAndWhatWasTypedIsKept(String field, String value, String message) throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Kept title " + System.nanoTime();
        var form = validForm(title);
        form.put(field, value);
        var request = post("/admin/events").with(csrf()).with(editor.signedIn());
        form.forEach(request::param);

        var response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("There is a problem", message, "id=\"" + field + "-error\"");
        if (!field.equals("title")) {
            assertThat(html).contains("value=\"" + title + "\"");
        }
    }

    @Test
    void membersCannotEditOrSeeAttendees() throws Exception {
        var event = events.anEvent().create();
        var member = members.aMember().create();
        for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
                get("/admin/events/" + event.slug() + "/edit"), get("/admin/events/" + event.slug() + "/attendees"),
                get("/admin/events/" + event.slug() + "/attendees.csv"),
                post("/admin/events/" + event.slug() + "/cancel").with(csrf()),
                post("/admin/events/" + event.slug() + "/capacity").param("capacity", "500").with(csrf()) }) {
            assertThat(mvc.perform(request.with(member.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select capacity, status from events.event where id = :id").param("id", event.id())
                .query((rs, n) -> rs.getInt(1) + rs.getString(2)).single()).isEqualTo("10PUBLISHED");
    }

    @Test
    void changingTheTimeRaisesTheSequenceAndSendsTheNewInvitation() throws Exception {
        var event = events.anEvent().create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var attendee = members.aMember().create();
        mvc.perform(post("/events/" + event.slug() + "/register").with(csrf()).with(attendee.signedIn()));
        var before = Ics.events(Ics.parse(page("/events/" + event.slug() + ".ics"))).getFirst();

        var form = validForm(event.title());
        form.put("startsAt", "2031-06-01T10:00");
        form.put("endsAt", "2031-06-01T12:00");
        var request = post("/admin/events/" + event.slug()).with(csrf()).with(editor.signedIn());
        form.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);

        var after = Ics.events(Ics.parse(page("/events/" + event.slug() + ".ics"))).getFirst();
        assertThat(Ics.property(after, "UID")).isEqualTo(Ics.property(before, "UID"));
        assertThat(Integer.parseInt(Ics.property(after, "SEQUENCE"))).isEqualTo(Integer.parseInt(Ics.property(before, "SEQUENCE")) + 1);
        assertThat(Ics.property(after, "DTSTART")).isEqualTo("20310601T090000Z");
        var email = Mail.withSubject(mailbox, attendee.email(), "Changed:");
        assertThat(email.getSubject()).isEqualTo("Changed: " + event.title());
        var invitation = Ics.events(Ics.parse(Ics.attachment(email))).getFirst();
        assertThat(Ics.property(invitation, "SEQUENCE")).isEqualTo(Ics.property(after, "SEQUENCE"));
    }

    @Test
    void atTheDoorEditorsFindPeopleCheckThemInAndSeeTheAttendanceRate() throws Exception {
        var event = events.anEvent().withCapacity(2).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var ada = members.aMember().named("Ada Lovelace-Byron").create();
        var bob = members.aMember().named("=cmd|' /C calc'!A0").create();
        var cy = members.aMember().named("Cy Waiting").create();
        for (var person : new Members.Created[] {ada, bob, cy}) {
            mvc.perform(post("/events/" + event.slug() + "/register").param("needs", "Step-free, please")
                    .with(csrf()).with(person.signedIn()));
        }
        long adaRegistration = jdbc.sql("select id from events.registration where member_id = :m").param("m", ada.id())
                .query(Long.class).single();

        String found = mvc.perform(get("/admin/events/" + event.slug() + "/attendees").param("q", "lovelace")
                .header("HX-Request", "true").header("HX-Target", "attendee-list").with(editor.signedIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).startsWith("<div id=\"attendee-list\">").contains("Ada Lovelace-Byron").doesNotContain("Cy Waiting");

        mvc.perform(post("/admin/events/" + event.slug() + "/attendees/" + adaRegistration + "/check-in")
                .with(csrf()).with(editor.signedIn()));
        assertThat(jdbc.sql("select checked_in_at is not null from events.registration where id = :id")
                .param("id", adaRegistration).query(Boolean.class).single()).isTrue();

        jdbc.sql("update events.event set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = :id")
                .param("id", event.id()).update();
        String list = page("/admin/events/" + event.slug() + "/attendees", editor);
        assertThat(list).contains("Attendance rate", "50%", "Step-free, please");

        String csv = mvc.perform(get("/admin/events/" + event.slug() + "/attendees.csv").with(editor.signedIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Name,Email,Organisation,Status,Registered,Needs,Checked in")
                .contains("Ada Lovelace-Byron," + ada.email(), "Waiting list", "'=cmd|' /C calc'!A0")
                .doesNotContain("\n=cmd");
    }

    @Test
    void afterTheEventTheAttendeeGetsASurveyACertificateAndACpdLog() throws Exception {
        var event = events.anEvent().withCapacity(5).create();
        var came = members.aMember().named("Dr Ciara Byrne").create();
        var stayedAway = members.aMember().create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        for (var person : new Members.Created[] {came, stayedAway}) {
            mvc.perform(post("/events/" + event.slug() + "/register").with(csrf()).with(person.signedIn()));
        }
        jdbc.sql("""
                update events.registration set checked_in_at = now() where event_id = :e and member_id = :m""")
                .param("e", event.id()).param("m", came.id()).update();
        jdbc.sql("update events.event set starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' where id = :id")
                .param("id", event.id()).update();

        reminders.sendFeedbackRequests();
        reminders.sendFeedbackRequests();

        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'How was%'")
                .param("to", came.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'How was%'")
                .param("to", stayedAway.email()).query(Long.class).single()).isZero();

        var certificate = mvc.perform(get("/account/events/" + event.slug() + "/certificate.pdf").with(came.signedIn()))
                .andReturn().getResponse();
        assertThat(certificate.getStatus()).isEqualTo(200);
        assertThat(certificate.getContentType()).isEqualTo("application/pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(certificate.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Certificate of attendance", "Dr Ciara Byrne", event.title(), "2.5 hours");
        }
        assertThat(mvc.perform(get("/account/events/" + event.slug() + "/certificate.pdf").with(stayedAway.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(page("/account/cpd", came)).contains(event.title(), "Total: <strong>2.5 hours</strong>");
        assertThat(mvc.perform(get("/account/cpd.csv").with(came.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(event.title() + ",2.5,");

        assertThat(mvc.perform(post("/events/" + event.slug() + "/feedback").param("rating", "9").with(csrf())
                .with(came.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(422);
        mvc.perform(post("/events/" + event.slug() + "/feedback").param("rating", "4").param("comments", "Very useful")
                .with(csrf()).with(came.signedIn()));
        assertThat(mvc.perform(post("/events/" + event.slug() + "/feedback").param("rating", "1").with(csrf())
                .with(stayedAway.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/admin/events/" + event.slug() + "/attendees", editor)).contains("average rating 4.0", "Very useful");
    }

    @Test
    void thePrivateFeedShowsMyEventsUntilIRevokeIt() throws Exception {
        var member = members.aMember().create();
        String link = "https://meet.example.org/private-" + System.nanoTime();
        var event = events.anEvent().online(link).create();
        mvc.perform(post("/events/" + event.slug() + "/register").with(csrf()).with(member.signedIn()));
        String token = newFeedToken(member);
        assertThat(page("/account/events", member)).contains(event.title()).doesNotContain(token)
                .contains("we cannot show it again");

        var calendar = Ics.parse(page("/events/feed/" + token + ".ics"));
        assertThat(Ics.events(calendar)).hasSize(1);
        assertThat(Ics.property(Ics.events(calendar).getFirst(), "DESCRIPTION")).contains("Join online: " + link);

        mvc.perform(post("/account/events/feed/revoke").with(csrf()).with(member.signedIn()));
        assertThat(mvc.perform(get("/events/feed/" + token + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from events.calendar_feed where member_id = :m").param("m", member.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theFeedSecretIsKeptOnlyAsAHashAndANewAddressReplacesTheOld() throws Exception {
        var member = members.aMember().create();
        String first = newFeedToken(member);
        String stored = jdbc.sql("select token_hash from events.calendar_feed where member_id = :m").param("m", member.id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(org.ccionetwork.shared.SecretTokens.hash(first)).doesNotContain(first);
        assertThat(jdbc.sql("select count(*) from events.calendar_feed where token_hash = :t").param("t", first)
                .query(Integer.class).single()).as("the plain secret is nowhere in the table").isZero();
        assertThat(page("/events/feed/" + first + ".ics")).contains("BEGIN:VCALENDAR");

        String second = newFeedToken(member);
        assertThat(second).isNotEqualTo(first);
        assertThat(mvc.perform(get("/events/feed/" + first + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/events/feed/" + second + ".ics")).contains("BEGIN:VCALENDAR");
        assertThat(mvc.perform(get("/events/feed/" + stored + ".ics")).andReturn().getResponse().getStatus())
                .as("the stored hash is not itself an address").isEqualTo(404);
        assertThat(jdbc.sql("select encode(sha256(convert_to(:t, 'UTF8')), 'hex')").param("t", "old-plain_Token-24")
                .query(String.class).single()).as("the migration hashes existing tokens the way the application does")
                .isEqualTo(org.ccionetwork.shared.SecretTokens.hash("old-plain_Token-24"));
    }

    /** Makes a feed address and reads it from the page that made it, the only place it is ever shown. */
    private String newFeedToken(Members.Created member) throws Exception {
        var response = mvc.perform(post("/account/events/feed").with(csrf()).with(member.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("/events/feed/([A-Za-z0-9_-]{40,})\\.ics")
                .matcher(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(matcher.find()).as("the new address is shown once").isTrue();
        return matcher.group(1);
    }

    @Test
    void thePublicCalendarIsValidAndListsPublishedEvents() throws Exception {
        var published = events.anEvent().create();
        var draft = events.anEvent().draft().create();
        String text = page("/events/calendar.ics");
        var calendar = Ics.parse(text);
        var uids = Ics.events(calendar).stream().map(e -> Ics.property(e, "UID")).toList();
        assertThat(uids).contains("event-" + published.id() + "@localhost").doesNotContain("event-" + draft.id() + "@localhost");
    }

    @Test
    void editorsKeepTheListOfTopicsWhereTheEventsTopicsUsedToBe() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var old = mvc.perform(get("/admin/events/topics").with(editor.signedIn())).andReturn().getResponse();
        assertThat(old.getStatus()).isEqualTo(301);
        assertThat(old.getRedirectedUrl()).isEqualTo("/admin/topics");
        String name = "Digital nursing " + System.nanoTime();
        assertThat(mvc.perform(post("/admin/topics").param("name", name).with(csrf()).with(editor.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/events", null)).contains(name);
    }

    @Test
    void theHomePageShowsTheNextEvents() throws Exception {
        var soon = events.anEvent().startingIn(Duration.ofMinutes(5)).create();
        assertThat(page("/")).contains("Next events", soon.title());
    }

    @Autowired
    EventReminders reminders;

    private String page(String path) throws Exception {
        return page(path, null);
    }

    private String page(String path, Members.Created viewer) throws Exception {
        var request = get(path);
        if (viewer != null) {
            request.with(viewer.signedIn());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
