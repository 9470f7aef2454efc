package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.events.registration.EventReminders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class EventRegistrationTests {

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

    @Autowired
    EventReminders reminders;

    @Test
    void placesGoToTheFirstComersAndTheRestWaitInOrder() throws Exception {
        var event = events.anEvent().withCapacity(2).create();
        var first = members.aMember().create();
        var second = members.aMember().create();
        var third = members.aMember().create();
        var fourth = members.aMember().create();

        register(first, event.slug(), "Wheelchair access");
        register(second, event.slug(), null);
        register(third, event.slug(), null);
        register(fourth, event.slug(), null);

        assertThat(status(event, first)).isEqualTo("CONFIRMED");
        assertThat(status(event, second)).isEqualTo("CONFIRMED");
        assertThat(status(event, third)).isEqualTo("WAITING");
        assertThat(status(event, fourth)).isEqualTo("WAITING");
        assertThat(jdbc.sql("select needs from events.registration where event_id = :e and member_id = :m")
                .param("e", event.id()).param("m", first.id()).query(String.class).single()).isEqualTo("Wheelchair access");

        var confirmation = Mail.withSubject(mailbox, first.email(), "Your place at");
        assertThat(confirmation.getSubject()).isEqualTo("Your place at " + event.title());
        var invitation = Ics.parse(Ics.attachment(confirmation));
        var vevent = Ics.events(invitation).getFirst();
        assertThat(Ics.property(vevent, "UID")).isEqualTo("event-" + event.id() + "@localhost");
        assertThat(Ics.property(vevent, "SUMMARY")).isEqualTo(event.title());

        var waiting = Mail.withSubject(mailbox, third.email(), "You are on the waiting list");
        assertThat(waiting.getSubject()).isEqualTo("You are on the waiting list for " + event.title());
        assertThat(Ics.attachment(waiting)).isNull();
        assertThat(body(waiting)).contains("number 1 on the waiting list");
        assertThat(body(Mail.withSubject(mailbox, fourth.email(), "You are on the waiting list"))).contains("number 2 on the waiting list");

        String page = page("/events/" + event.slug(), null);
        assertThat(page).contains("Full — join the waiting list");
    }

    @Test
    void cancellingAPlaceGivesItToTheFirstPersonWaitingAtOnce() throws Exception {
        var event = events.anEvent().withCapacity(1).create();
        var holder = members.aMember().create();
        var firstWaiting = members.aMember().create();
        var secondWaiting = members.aMember().create();
        register(holder, event.slug(), null);
        register(firstWaiting, event.slug(), null);
        register(secondWaiting, event.slug(), null);

        mvc.perform(post("/events/" + event.slug() + "/cancel").with(csrf()).with(holder.signedIn()));

        assertThat(status(event, holder)).isEqualTo("CANCELLED");
        assertThat(status(event, firstWaiting)).isEqualTo("CONFIRMED");
        assertThat(status(event, secondWaiting)).isEqualTo("WAITING");
        var promotion = Mail.withSubject(mailbox, firstWaiting.email(), "A place has come up");
        assertThat(promotion.getSubject()).isEqualTo("A place has come up: " + event.title());
        assertThat(Ics.parse(Ics.attachment(promotion))).isNotNull();
        assertThat(Mail.withSubject(mailbox, holder.email(), "Registration cancelled").getSubject()).isEqualTo("Registration cancelled: " + event.title());
    }

    @Test
    void raisingTheCapacityMovesTheWaitingListUp() throws Exception {
        var event = events.anEvent().withCapacity(1).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var people = List.of(members.aMember().create(), members.aMember().create(), members.aMember().create());
        for (var person : people) {
            register(person, event.slug(), null);
        }

        mvc.perform(post("/admin/events/" + event.slug() + "/capacity").param("capacity", "2").with(csrf()).with(editor.signedIn()));

        assertThat(status(event, people.get(1))).isEqualTo("CONFIRMED");
        assertThat(status(event, people.get(2))).isEqualTo("WAITING");
        assertThat(Mail.withSubject(mailbox, people.get(1).email(), "A place has come up")).isNotNull();

        MvcResult lower = mvc.perform(post("/admin/events/" + event.slug() + "/capacity").param("capacity", "1")
                .with(csrf()).with(editor.signedIn())).andReturn();
        assertThat(lower.getResponse().getStatus()).isEqualTo(422);
        assertThat(lower.getResponse().getContentAsString()).contains("Capacity cannot be less than the 2 places already confirmed");
    }

    @Test
    void cancellingTheEventEmailsEveryoneWithACalendarUpdate() throws Exception {
        var event = events.anEvent().withCapacity(1).create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var holder = members.aMember().create();
        var waiting = members.aMember().create();
        register(holder, event.slug(), null);
        register(waiting, event.slug(), null);

        mvc.perform(post("/admin/events/" + event.slug() + "/cancel").with(csrf()).with(editor.signedIn()));

        for (var person : List.of(holder, waiting)) {
            var email = Mail.withSubject(mailbox, person.email(), "Cancelled:");
            assertThat(email.getSubject()).isEqualTo("Cancelled: " + event.title());
            var vevent = Ics.events(Ics.parse(Ics.attachment(email))).getFirst();
            assertThat(Ics.property(vevent, "STATUS")).isEqualTo("CANCELLED");
            assertThat(Ics.property(vevent, "SEQUENCE")).isEqualTo("1");
        }
        var late = members.aMember().create();
        register(late, event.slug(), null);
        assertThat(jdbc.sql("select count(*) from events.registration where member_id = :m").param("m", late.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOnlineLinkIsOnlyForPeopleWithAPlace() throws Exception {
        String link = "https://meet.example.org/secret-room-" + System.nanoTime();
        var event = events.anEvent().withCapacity(1).online(link).create();
        var holder = members.aMember().create();
        var waiting = members.aMember().create();
        var other = members.aMember().create();
        register(holder, event.slug(), null);
        register(waiting, event.slug(), null);

        assertThat(page("/events/" + event.slug(), null)).doesNotContain(link);
        assertThat(page("/events/" + event.slug(), other)).doesNotContain(link);
        assertThat(page("/events/" + event.slug(), waiting)).doesNotContain(link);
        assertThat(page("/events/" + event.slug(), holder)).contains(link);
        assertThat(page("/events/" + event.slug() + ".ics", null)).doesNotContain("secret-room");
        assertThat(page("/events/calendar.ics", null)).doesNotContain("secret-room");
        assertThat(page("/api/v1/events/" + event.slug(), null)).doesNotContain("secret-room");
        assertThat(body(Mail.withSubject(mailbox, holder.email(), "Your place at"))).contains(link);
    }

    @Test
    void aReminderGoesOutTwoDaysBeforeAndOnlyOnce() throws Exception {
        var event = events.anEvent().startingIn(Duration.ofHours(30)).create();
        var member = members.aMember().create();
        register(member, event.slug(), null);
        // As if they had registered a week ago.
        jdbc.sql("update events.registration set confirmed_at = now() - interval '7 days' where event_id = :e")
                .param("e", event.id()).update();

        reminders.sendReminders();
        reminders.sendReminders();

        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'Reminder:%'")
                .param("to", member.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(Mail.withSubject(mailbox, member.email(), "Reminder:").getSubject()).isEqualTo("Reminder: " + event.title() + " is coming up");
    }

    @Test
    void registrationIsClosedOnceTheEventHasStarted() throws Exception {
        var event = events.anEvent().heldAgo(Duration.ofDays(3)).create();
        var member = members.aMember().create();
        MvcResult result = register(member, event.slug(), null);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/events/" + event.slug());
        assertThat(jdbc.sql("select count(*) from events.registration where event_id = :e").param("e", event.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void draftsAreHiddenFromMembers() throws Exception {
        var event = events.anEvent().draft().create();
        var member = members.aMember().create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        assertThat(mvc.perform(get("/events/" + event.slug()).with(member.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/events/" + event.slug() + ".ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("/events/" + event.slug(), editor)).contains("Draft: only editors can see this page.");
        assertThat(page("/events", null)).doesNotContain(event.title());
    }

    @Test
    void aMemberWhoLeavesFreesTheirPlaceAndTheirDataGoes() throws Exception {
        var event = events.anEvent().withCapacity(1).create();
        var leaving = members.aMember().create();
        var waiting = members.aMember().create();
        register(leaving, event.slug(), "Hearing loop");
        register(waiting, event.slug(), null);
        assertThat(mvc.perform(get("/account/data").with(leaving.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("\"eventRegistrations\"", event.title(), "Hearing loop");

        mvc.perform(post("/account/delete").with(csrf()).with(leaving.signedIn())
                .param("password", leaving.password()).param("understood", "true"));

        assertThat(Mail.withSubject(mailbox, waiting.email(), "A place has come up")).isNotNull();
        assertThat(status(event, leaving)).isEqualTo("CANCELLED");
        assertThat(status(event, waiting)).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select needs from events.registration where event_id = :e and member_id = :m")
                .param("e", event.id()).param("m", leaving.id()).query(String.class).optional()).isEmpty();
    }

    private MvcResult register(Members.Created member, String slug, String needs) throws Exception {
        var request = post("/events/" + slug + "/register").with(csrf()).with(member.signedIn());
        if (needs != null) {
            request.param("needs", needs);
        }
        return mvc.perform(request).andReturn();
    }

    private String status(Events.Created event, Members.Created member) {
        return jdbc.sql("select status from events.registration where event_id = :e and member_id = :m")
                .param("e", event.id()).param("m", member.id()).query(String.class).single();
    }

    private String page(String path, Members.Created viewer) throws Exception {
        var request = get(path);
        if (viewer != null) {
            request.with(viewer.signedIn());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The plain text of an email, wherever it sits among the parts. */
    static String body(jakarta.mail.Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = body(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return null;
        }
        return part.isMimeType("text/plain") && part.getFileName() == null ? content.toString() : null;
    }
}
