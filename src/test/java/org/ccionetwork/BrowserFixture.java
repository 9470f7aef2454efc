package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.directory.FieldGroup;
import org.ccionetwork.directory.Visibility;
import org.ccionetwork.events.Events;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The content the browser tests look at, made once per run with the tests' builders and the site's own forms
 * (through MockMvc, so the Spring context stays the one the other browser tests share): a person for each
 * kind of viewer, an upcoming event with the same topic as its sector, one whose registration opens later, a
 * past one, an article, a resource, a partner, a vacancy, a profile, and a question in peer support answered
 * by a CCIO, reported and edited.
 */
final class BrowserFixture {

    enum Viewer { VISITOR, MEMBER, CCIO, EDITOR, MODERATOR, ADMIN }

    final Map<Viewer, Members.Created> people = new EnumMap<>(Viewer.class);
    final String tag = UUID.randomUUID().toString().substring(0, 6);
    Events.Created event;
    Events.Created laterEvent;
    Events.Created pastEvent;
    long articleId;
    String articleSlug;
    long articleRevision;
    long resourceId;
    String partnerSlug;
    long vacancyId;
    String handle;
    Categories.Created category;
    Threads.Started thread;
    long answerId;
    long editedId;
    long outboxId;
    String playbookSlug;

    static BrowserFixture make(WebApplicationContext context, Members members, Events events, Categories categories,
            Threads threads, JdbcClient jdbc) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var f = new BrowserFixture();
        f.people.put(Viewer.MEMBER, members.aMember().named("Tom Hughes").create());
        f.people.put(Viewer.CCIO, members.aMember().named("Dr Amara Okafor").withRole(Role.CCIO).create());
        f.people.put(Viewer.EDITOR, members.aMember().named("Edna Editor").withRole(Role.EDITOR).create());
        f.people.put(Viewer.MODERATOR, members.aMember().named("Mo Moderator").withRole(Role.MODERATOR).create());
        f.people.put(Viewer.ADMIN, members.aMember().named("Ada Admin").withRole(Role.ADMIN).create());
        jdbc.sql("update accounts.member set organisation_name = 'Leeds Teaching Hospitals NHS Trust' where id = :id")
                .param("id", f.person(Viewer.CCIO).id()).update();

        f.event = events.anEvent().titled("Mental health CCIOs: sharing records safely").withCapacity(300)
                .inSector("Mental health").startingIn(Duration.ofDays(20)).create();
        jdbc.sql("insert into events.event_topic (event_id, topic_slug) values (:id, 'mental-health'), (:id, 'record-keeping')")
                .param("id", f.event.id()).update();
        f.laterEvent = events.anEvent().titled("The business case for a CCIO").startingIn(Duration.ofDays(60))
                .withCapacity(299).create();
        jdbc.sql("update events.event set registration_opens_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().plus(Duration.ofDays(30)))).param("id", f.laterEvent.id()).update();
        f.pastEvent = events.anEvent().titled("Launch of the CCIO Leaders Network").heldAgo(Duration.ofDays(40)).create();
        for (Viewer viewer : new Viewer[] {Viewer.MEMBER, Viewer.CCIO}) {
            mvc.perform(post("/events/" + f.event.slug() + "/register").with(csrf()).with(f.person(viewer).signedIn())
                    .param("needs", ""));
        }
        f.outboxId = jdbc.sql("select max(id) from shared.outbox_email").query(Long.class).single();

        var editor = f.person(Viewer.EDITOR);
        String location = mvc.perform(post("/admin/news").with(csrf()).with(editor.signedIn())
                .param("title", "Record keeping standards for CCIOs")
                .param("standfirst", "What the new professional record standards mean for clinical teams.")
                .param("body", "The **standards** help records travel safely.").param("publication", "NOW")
                .param("topics", "record-keeping")).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/news/");
        f.articleId = Long.parseLong(location.substring("/admin/news/".length()));
        f.articleSlug = jdbc.sql("select slug from news.article where id = :id").param("id", f.articleId).query(String.class).single();
        f.articleRevision = jdbc.sql("select min(id) from news.article_revision where article_id = :id")
                .param("id", f.articleId).query(Long.class).single();
        var file = new MockMultipartFile("file", "business-case.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        String resource = mvc.perform(multipart("/admin/resources").file(file).with(csrf()).with(editor.signedIn())
                .param("title", "Business case template").param("description", "A template to adapt.")
                .param("kind", "TEMPLATE").param("topics", "business-case")).andReturn().getResponse().getRedirectedUrl();
        assertThat(resource).startsWith("/resources/");
        f.resourceId = Long.parseLong(resource.substring("/resources/".length()));
        f.partnerSlug = "browser-partner-" + f.tag;
        jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, website, description, partnership)
                values ('CHARITY', :name, :slug, 'https://example.org', 'Supports the network.', 'PARTNER')""")
                .param("name", "Digital Health Partners").param("slug", f.partnerSlug).update();
        mvc.perform(post("/vacancies").with(csrf()).with(editor.signedIn()).param("organisation", "RXA")
                .param("title", "Chief Clinical Information Officer").param("sessions", "3 PAs a week")
                .param("closingOn", LocalDate.now().plusDays(20).toString())
                .param("applyUrl", "https://www.jobs.nhs.uk/example"));
        f.vacancyId = jdbc.sql("select max(id) from directory.vacancy").query(Long.class).single();

        var ccio = f.person(Viewer.CCIO);
        var profile = post("/directory/profile").with(csrf()).with(ccio.signedIn()).param("profession", "DOCTOR")
                .param("jobTitle", "Chief Clinical Information Officer").param("region", "North East and Yorkshire")
                .param("interests", "ai").param("biography", "Consultant psychiatrist and CCIO.");
        for (FieldGroup group : FieldGroup.values()) {
            profile.param(group.field(), group == FieldGroup.REGISTRATION ? Visibility.MEMBERS.name() : Visibility.EVERYONE.name());
        }
        mvc.perform(profile);
        f.handle = jdbc.sql("select handle from directory.profile where member_id = :id").param("id", ccio.id())
                .query(String.class).single();

        var member = f.person(Viewer.MEMBER);
        f.category = categories.aCategory().named("Business cases").create();
        f.thread = threads.aThread().in(f.category).by(member).asQuestion()
                .titled("How did you make the business case for a CCIO?")
                .saying("Our board asks for evidence of benefits. What worked for you?").start();
        f.answerId = threads.aReplyTo(f.thread.id()).by(ccio)
                .saying("We showed the board **three incidents** that better records would have prevented.").post();
        long other = threads.aReplyTo(f.thread.id()).by(f.person(Viewer.MODERATOR)).saying("Thank you, this helps.").post();
        f.editedId = other;
        mvc.perform(post("/community/p/" + f.answerId + "/accept").with(csrf()).with(member.signedIn()));
        mvc.perform(post("/community/p/" + other + "/edit").with(csrf()).with(f.person(Viewer.MODERATOR).signedIn())
                .param("body", "Thank you, this helps a lot."));
        mvc.perform(post("/community/p/" + other + "/report").with(csrf()).with(member.signedIn()).param("reason", "Off topic"));
        var editorSignedIn = f.person(Viewer.EDITOR).signedIn();
        String created = mvc.perform(post("/playbooks").with(csrf()).with(editorSignedIn)
                .param("title", "Your first 90 days as a CCIO").param("summary", "What the network has learnt.")
                .param("topic", "mental-health").param("published", "true")).andReturn().getResponse().getRedirectedUrl();
        f.playbookSlug = created.replace("/playbooks/", "").replace("/edit", "");
        mvc.perform(post("/playbooks/" + f.playbookSlug + "/sections").with(csrf()).with(editorSignedIn)
                .param("heading", "Making the business case").param("body", "Start from **incidents** the board knows."));
        mvc.perform(post("/playbooks/" + f.playbookSlug + "/quotes").with(csrf()).with(editorSignedIn)
                .param("post", String.valueOf(f.answerId)));
        mvc.perform(post("/playbooks/suggestions").with(csrf()).with(member.signedIn())
                .param("thread", String.valueOf(f.thread.id())));
        mvc.perform(post("/organisations/RTH/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "Deputy CCIO").param("startedOn", "2025-04-01")
                .param("evidence", "https://example.nhs.uk/board").param("showName", "true"));
        return f;
    }

    Members.Created person(Viewer viewer) {
        return people.get(viewer);
    }
}
