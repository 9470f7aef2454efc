package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.forum.Threads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One event, one discussion: the thread made on publishing, linked both ways, told of slides, locked on cancelling. */
@IntegrationTest
class EventDiscussionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Events events;
    @Autowired
    Threads threads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventRepository repository;
    @Autowired
    EventThreads eventThreads;
    @Autowired
    EventDiscussionsAtStart atStart;
    @Autowired
    TestMailServer.Mailbox mailbox;

    @Test
    void publishingAnEventOpensItsOneThreadAndEachPageLinksToTheOther() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var member = members.aMember().create();
        String slug = createPublished(editor, "Discussed records " + System.nanoTime());

        long thread = threadOf(slug);
        assertThat(jdbc.sql("select c.slug from forum.thread t join forum.category c on c.id = t.category_id where t.id = :t")
                .param("t", thread).query(String.class).single()).isEqualTo("events");
        String eventPage = page(get("/events/" + slug), null);
        assertThat(eventPage).contains("href=\"/community/t/" + thread + "/", "No replies yet");
        String threadPage = page(get("/community/t/" + thread), member);
        assertThat(threadPage).contains("href=\"/events/" + slug + "\"", "12 March 2031, 14:00 to 17:30",
                "Maudsley Learning, Denmark Hill");

        long eventId = jdbc.sql("select id from events.event where slug = :s").param("s", slug).query(Long.class).single();
        long other = threads.aThread().in("events").by(editor).start().id();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into forum.event_discussion (event_id, thread_id, event_slug, event_title, event_when, event_where,
                    ends_at, linked_at) values (:e, :t, 's', 't', 'w', 'w', now(), now())""")
                .param("e", eventId).param("t", other).update())
                .as("the database keeps one thread per event").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into forum.event_discussion (event_id, thread_id, event_slug, event_title, event_when, event_where,
                    ends_at, linked_at) values (-1, :t, 's', 't', 'w', 'w', now(), now())""")
                .param("t", thread).update())
                .as("and one event per thread").isInstanceOf(DataIntegrityViolationException.class);

        threads.aReplyTo(thread).by(editor).saying("See you there").post();
        assertThat(page(get("/events/" + slug), null)).contains("1 reply");
    }

    @Test
    void aDraftHasNoThreadUntilItIsPublishedInTheCategoryTheEditorChose() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String slug = create(editor, "Drafted discussion " + System.nanoTime(), "DRAFT", "");
        assertThat(jdbc.sql("select count(*) from forum.event_discussion d join events.event e on e.id = d.event_id where e.slug = :s")
                .param("s", slug).query(Long.class).single()).isZero();
        String category = "choice-" + System.nanoTime();
        jdbc.sql("insert into forum.category (slug, name, position) values (:s, 'Chosen', 95)").param("s", category).update();

        var bad = post("/admin/events/" + slug + "/discussion").with(csrf()).with(editor.signedIn()).param("category", "no-such");
        var refused = mvc.perform(bad).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Choose one of the categories listed");

        var choose = post("/admin/events/" + slug + "/discussion").with(csrf()).with(editor.signedIn()).param("category", category);
        assertThat(mvc.perform(choose).andReturn().getResponse().getStatus()).isEqualTo(302);
        update(editor, slug, "PUBLISHED", "");

        assertThat(jdbc.sql("select c.slug from forum.thread t join forum.category c on c.id = t.category_id where t.id = :t")
                .param("t", threadOf(slug)).query(String.class).single()).isEqualTo(category);
        assertThat(audited("event.discussion-category", slug)).isEqualTo(1);
    }

    @Test
    void anEditorLinksAnExistingThreadInstead() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String slug = createPublished(editor, "Linked discussion " + System.nanoTime());
        var existing = threads.aThread().in("events").by(editor).titled("Our older thread").start();

        for (String typed : new String[] {"not a thread", "/community/t/999999999"}) {
            var response = mvc.perform(post("/admin/events/" + slug + "/discussion").with(csrf()).with(editor.signedIn())
                    .param("thread", typed)).andReturn().getResponse();
            assertThat(response.getStatus()).as(typed).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"" + typed + "\"");
        }
        var linked = mvc.perform(post("/admin/events/" + slug + "/discussion").with(csrf()).with(editor.signedIn())
                .param("thread", "http://localhost" + existing.href())).andReturn().getResponse();
        assertThat(linked.getStatus()).isEqualTo(302);
        assertThat(threadOf(slug)).isEqualTo(existing.id());
        assertThat(audited("event.discussion-linked", slug)).isEqualTo(1);

        String second = createPublished(editor, "Second event " + System.nanoTime());
        var taken = mvc.perform(post("/admin/events/" + second + "/discussion").with(csrf()).with(editor.signedIn())
                .param("thread", String.valueOf(existing.id()))).andReturn().getResponse();
        assertThat(taken.getStatus()).isEqualTo(422);
        assertThat(taken.getContentAsString(StandardCharsets.UTF_8)).contains("already another event");
    }

    @Test
    void slidesAddedToTheEventArePostedInItsThread() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String slug = createPublished(editor, "Slides event " + System.nanoTime());
        update(editor, slug, "PUBLISHED", "https://example.org/slides.pdf");

        String last = jdbc.sql("select body_markdown from forum.post where thread_id = :t order by position desc limit 1")
                .param("t", threadOf(slug)).query(String.class).single();
        assertThat(last).contains("[Slides](https://example.org/slides.pdf)");
    }

    @Test
    void aCancelledEventsThreadIsLockedWithANoteAndKept() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var member = members.aMember().create();
        String slug = createPublished(editor, "Cancelled discussion " + System.nanoTime());
        long thread = threadOf(slug);

        mvc.perform(post("/admin/events/" + slug + "/cancel").with(csrf()).with(editor.signedIn()));

        assertThat(jdbc.sql("select locked from forum.thread where id = :t").param("t", thread).query(Boolean.class).single())
                .isTrue();
        assertThat(page(get("/community/t/" + thread), member)).contains("This event has been cancelled, so this thread is now locked");
        var reply = mvc.perform(post("/community/t/" + thread + "/replies").with(csrf()).with(member.signedIn())
                .param("body", "Pity")).andReturn().getResponse();
        assertThat(reply.getStatus()).isEqualTo(409);
    }

    @Test
    void theFirstReplyAfterTheEventTellsEveryoneWhoHadAPlaceOnce() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var attendee = members.aMember().create();
        var waiting = members.aMember().create();
        var held = events.anEvent().heldAgo(Duration.ofDays(2)).create();
        register(held.id(), attendee.id(), "CONFIRMED");
        register(held.id(), waiting.id(), "WAITING");
        atStart.run(null);
        long thread = threadOf(held.slug());

        threads.aReplyTo(thread).by(editor).saying("Thank you all for coming").post();
        threads.aReplyTo(thread).by(moderator).saying("A second reply").post();

        var email = Mail.withSubject(mailbox, attendee.email(), "Slides and follow-up: " + held.title());
        assertThat(Mail.text(email)).contains("/community/t/" + thread + "/");
        Thread.sleep(500);
        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'Slides and follow-up%'")
                .param("to", attendee.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'Slides and follow-up%'")
                .param("to", waiting.email()).query(Long.class).single()).isZero();
    }

    @Test
    void aReplyBeforeTheEventEndsTellsNobody() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var attendee = members.aMember().create();
        var coming = events.anEvent().startingIn(Duration.ofDays(3)).create();
        register(coming.id(), attendee.id(), "CONFIRMED");
        atStart.run(null);
        threads.aReplyTo(threadOf(coming.slug())).by(editor).saying("Looking forward to it").post();

        assertThat(jdbc.sql("select followed_up_at is null from forum.event_discussion where event_id = :e")
                .param("e", coming.id()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void publishedEventsWithoutAThreadGetOneAtStartAndOnlyOne() {
        var old = events.anEvent().create();
        var draft = events.anEvent().draft().create();
        atStart.run(null);
        atStart.run(null);
        assertThat(jdbc.sql("select count(*) from forum.event_discussion where event_id = :e").param("e", old.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from forum.event_discussion where event_id = :e").param("e", draft.id())
                .query(Long.class).single()).isZero();
    }

    private void register(long event, long member, String status) {
        jdbc.sql("""
                insert into events.registration (event_id, member_id, status, queue_position, registered_at, confirmed_at)
                values (:event, :member, :status, nextval('events.queue_position'), now(), now())""")
                .param("event", event).param("member", member).param("status", status).update();
    }

    private long audited(String action, String slug) {
        return jdbc.sql("select count(*) from shared.audit_entry where action = :a and target = :t")
                .param("a", action).param("t", "event:" + slug).query(Long.class).single();
    }

    private long threadOf(String slug) {
        return jdbc.sql("select d.thread_id from forum.event_discussion d join events.event e on e.id = d.event_id where e.slug = :s")
                .param("s", slug).query(Long.class).single();
    }

    private String createPublished(Members.Created editor, String title) throws Exception {
        return create(editor, title, "PUBLISHED", "");
    }

    private String create(Members.Created editor, String title, String status, String slides) throws Exception {
        var request = form(post("/admin/events"), editor, title, status, slides);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
        return jdbc.sql("select slug from events.event where title = :t").param("t", title).query(String.class).single();
    }

    private void update(Members.Created editor, String slug, String status, String slides) throws Exception {
        String title = jdbc.sql("select title from events.event where slug = :s").param("s", slug).query(String.class).single();
        var request = form(post("/admin/events/" + slug), editor, title, status, slides);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Members.Created editor,
            String title, String status, String slides) {
        return request.with(csrf()).with(editor.signedIn()).param("title", title).param("summary", "An afternoon.")
                .param("sector", "Mental health").param("startsAt", "2031-03-12T14:00").param("endsAt", "2031-03-12T17:30")
                .param("venue", "Maudsley Learning, Denmark Hill, London SE5 8AZ").param("onlineLink", "")
                .param("capacity", "40").param("status", status).param("series", "").param("cpdHours", "3")
                .param("speakers", "").param("slidesUrl", slides).param("notesUrl", "");
    }

    private String page(MockHttpServletRequestBuilder request, Members.Created viewer) throws Exception {
        if (viewer != null) {
            request.with(viewer.signedIn());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 302) {
            return page(get(response.getRedirectedUrl()), viewer);
        }
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
