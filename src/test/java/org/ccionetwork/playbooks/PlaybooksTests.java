package org.ccionetwork.playbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Playbooks: writing them, quotes with their authors' consent, who sees what, co-authors and suggestions. */
@IntegrationTest
class PlaybooksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Categories categories;
    @Autowired
    Threads threads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlaybooksPersonalData personalData;
    @Autowired
    PlaybooksAnnounced announced;

    @Test
    void anEditorWritesAPlaybookListedByItsTopicWithSanitisedSections() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Your first 90 days " + System.nanoTime();
        String slug = create(editor, title, true);
        section(editor, slug, "Week one", "Meet the **chief nurse**.<script>alert(1)</script>");

        String page = page(get("/playbooks/" + slug), null);
        assertThat(page).contains(title, "Week one", "<strong>chief nurse</strong>").doesNotContain("<script>alert");
        assertThat(page(get("/playbooks"), null)).contains("Clinical leadership", title);
        assertThat(jdbc.sql("select count(*) from playbooks.revision r join playbooks.playbook p on p.id = r.playbook_id where p.slug = :s")
                .param("s", slug).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where target = :t and action like 'playbook.%'")
                .param("t", "playbook:" + slug).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aBadFormIsExplainedBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var response = mvc.perform(post("/playbooks").with(csrf()).with(editor.signedIn()).param("title", "")
                .param("summary", "Kept summary").param("topic", "no-such-topic")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Enter a title",
                "Choose a topic from the list", "Kept summary");

        String slug = create(editor, "Sections " + System.nanoTime(), true);
        var empty = mvc.perform(post("/playbooks/" + slug + "/sections").with(csrf()).with(editor.signedIn())
                .param("heading", "Kept heading").param("body", " ")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8)).contains("Enter the section", "Kept heading");
    }

    @Test
    void aQuoteSaysAMemberUntilItsAuthorAgreesAndNeverShowsToVisitors() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var author = members.aMember().named("Dr Quoted Author").create();
        var reader = members.aMember().create();
        jdbc.sql("update accounts.member set organisation_name = 'Leeds Teaching Hospitals' where id = :id")
                .param("id", author.id()).update();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(editor).saying("How did you make the case?").start();
        long post = threads.aReplyTo(thread.id()).by(editor).saying("placeholder").post();
        long quoted = jdbc.sql("""
                insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, created_at)
                values (:t, 2, :a, 'Start with the **board**.', '<p>Start with the <strong>board</strong>.</p>',
                    'Start with the board.', now()) returning id""").param("t", thread.id()).param("a", author.id())
                .query(Long.class).single();
        String slug = create(editor, "Business case " + System.nanoTime(), true);

        assertThat(quote(editor, slug, quoted).getStatus()).isEqualTo(302);
        assertThat(quote(editor, slug, quoted).getStatus()).as("a second time adds nothing").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from playbooks.quote where post_id = :p").param("p", quoted)
                .query(Long.class).single()).isEqualTo(1);

        String asMember = page(get("/playbooks/" + slug), reader);
        assertThat(asMember).contains("Start with the <strong>board</strong>.", "a member", "/community/p/" + quoted)
                .doesNotContain("Dr Quoted Author");
        String asVisitor = page(get("/playbooks/" + slug), null);
        assertThat(asVisitor).contains("members only", "/sign-in").doesNotContain("Start with the");
        assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'May we quote you%'")
                .param("to", author.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(page(get("/playbooks/mine"), author)).contains("Start with the <strong>board</strong>.");

        long quoteId = jdbc.sql("select id from playbooks.quote where post_id = :p").param("p", quoted).query(Long.class).single();
        assertThat(mvc.perform(post("/playbooks/mine/quotes/" + quoteId).with(csrf()).with(reader.signedIn())
                .param("answer", "agree")).andReturn().getResponse().getStatus()).as("only the author answers").isEqualTo(404);
        mvc.perform(post("/playbooks/mine/quotes/" + quoteId).with(csrf()).with(author.signedIn()).param("answer", "agree"));
        assertThat(page(get("/playbooks/" + slug), reader)).contains("Dr Quoted Author, Leeds Teaching Hospitals");
        assertThat(post).isPositive();
    }

    @Test
    void aChathamHouseQuoteShowsOnlyOnceItsAuthorAgreesAndNeverNamesThem() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var author = members.aMember().named("Dr Private Person").create();
        var reader = members.aMember().create();
        var category = categories.aCategory().chathamHouse().create();
        var thread = threads.aThread().in(category).by(author).saying("Our board refused the post twice.").start();
        long first = jdbc.sql("select id from forum.post where thread_id = :t and position = 0").param("t", thread.id())
                .query(Long.class).single();
        String slug = create(editor, "Chatham " + System.nanoTime(), true);
        quote(editor, slug, first);

        assertThat(page(get("/playbooks/" + slug), reader)).doesNotContain("Our board refused").contains("Chatham House");
        long quoteId = jdbc.sql("select id from playbooks.quote where post_id = :p").param("p", first).query(Long.class).single();
        mvc.perform(post("/playbooks/mine/quotes/" + quoteId).with(csrf()).with(author.signedIn()).param("answer", "agree"));
        assertThat(page(get("/playbooks/" + slug), reader)).contains("Our board refused", "a member")
                .doesNotContain("Dr Private Person");
    }

    @Test
    void anEditedPostIsSaidToBeEditedWithALinkToItsCurrentVersion() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(editor).saying("The first words.").start();
        long first = jdbc.sql("select id from forum.post where thread_id = :t and position = 0").param("t", thread.id())
                .query(Long.class).single();
        String slug = create(editor, "Edited " + System.nanoTime(), true);
        quote(editor, slug, first);
        assertThat(page(get("/playbooks/" + slug), editor)).doesNotContain("edited since");

        mvc.perform(post("/community/p/" + first + "/edit").with(csrf()).with(editor.signedIn())
                .param("title", "A new title").param("body", "Changed words."));

        assertThat(page(get("/playbooks/" + slug), editor)).contains("The first words.", "edited since it was quoted",
                "href=\"/community/p/" + first + "\"");
    }

    @Test
    void anErasedAuthorsQuotesLoseTheirNameAndTheirWordsIfTheyAsked() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var keeps = members.aMember().named("Keeps Words").create();
        var erases = members.aMember().named("Erases Words").create();
        var category = categories.aCategory().create();
        var one = threads.aThread().in(category).by(keeps).saying("Words to keep.").start();
        var two = threads.aThread().in(category).by(erases).saying("Words to erase.").start();
        String slug = create(editor, "Erasure " + System.nanoTime(), true);
        for (var thread : new Threads.Started[] {one, two}) {
            quote(editor, slug, jdbc.sql("select id from forum.post where thread_id = :t and position = 0")
                    .param("t", thread.id()).query(Long.class).single());
        }
        jdbc.sql("update playbooks.quote set consent = 'AGREED'").update();
        mvc.perform(post("/playbooks/mine/erasure").with(csrf()).with(erases.signedIn()).param("eraseText", "true"));

        personalData.forget(keeps.id());
        personalData.forget(erases.id());

        String page = page(get("/playbooks/" + slug), editor);
        assertThat(page).contains("Words to keep.", "took these words back").doesNotContain("Keeps Words", "Erases Words",
                "Words to erase.");
        assertThat(jdbc.sql("select count(*) from playbooks.quote where text_markdown like '%Words to erase%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyEditorsAndAcceptedCoauthorsEditAndOnlyVerifiedCciosAreInvited() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var member = members.aMember().create();
        var ccio = members.aMember().withRole(Role.CCIO).create();
        String slug = create(editor, "Co-written " + System.nanoTime(), false);

        assertThat(status(get("/playbooks/" + slug + "/edit"), member)).isEqualTo(403);
        assertThat(status(get("/playbooks/" + slug), member)).as("a draft is hidden").isEqualTo(404);
        var refused = mvc.perform(post("/playbooks/" + slug + "/coauthors").with(csrf()).with(editor.signedIn())
                .param("email", member.email())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Only verified CCIOs");

        mvc.perform(post("/playbooks/" + slug + "/coauthors").with(csrf()).with(editor.signedIn()).param("email", ccio.email()));
        assertThat(status(get("/playbooks/" + slug + "/edit"), ccio)).as("not before accepting").isEqualTo(403);
        assertThat(page(get("/playbooks/mine"), ccio)).contains("Co-written");
        mvc.perform(post("/playbooks/" + slug + "/coauthors/accept").with(csrf()).with(ccio.signedIn()));

        assertThat(status(get("/playbooks/" + slug + "/edit"), ccio)).isEqualTo(200);
        assertThat(section(ccio, slug, "By the co-author", "Their words.").getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/playbooks/" + slug).with(csrf()).with(ccio.signedIn()).param("title", "Taken over")
                .param("topic", "leadership").param("published", "true")).andReturn().getResponse().getStatus())
                .as("co-authors do not publish").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'playbook.coauthor-invited' and target = :t")
                .param("t", "playbook:" + slug).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aMembersOnlyPlaybookShowsVisitorsItsTitleOnlyAndStaysOutOfTheirSearch() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String word = "zanzibarish" + (System.nanoTime() % 100000);
        String slug = create(editor, "Members guide " + word, true, true);
        section(editor, slug, null, "Secret " + word + " advice.");

        assertThat(page(get("/playbooks/" + slug), null)).contains("This playbook is for members").doesNotContain("Secret");
        assertThat(page(get("/playbooks/" + slug), editor)).contains("Secret " + word);
        assertThat(page(get("/search?q=" + word), null)).doesNotContain("/playbooks/" + slug);
        assertThat(page(get("/search?q=" + word), editor)).contains("/playbooks/" + slug);
        assertThat(page(get("/playbooks"), null)).doesNotContain("Members guide " + word);
    }

    @Test
    void aPublishedPlaybookIsAnnouncedInTheFeedAndTheNewsletter() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Announced playbook " + System.nanoTime();
        String slug = create(editor, title, true);

        assertThat(page(get("/news/feed.atom"), null)).contains("Playbook: " + title, "/playbooks/" + slug);
        assertThat(announced.items(Instant.now())).anyMatch(item -> item.title().equals(title) && item.link().endsWith("/playbooks/" + slug));
    }

    @Test
    void membersSuggestThreadsAndEditorsSeeThemCounted() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var one = members.aMember().create();
        var two = members.aMember().create();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(editor).titled("Solved: clinical safety cases").start();

        for (var member : new Members.Created[] {one, two, two}) {
            assertThat(mvc.perform(post("/playbooks/suggestions").with(csrf()).with(member.signedIn())
                    .param("thread", String.valueOf(thread.id()))).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(page(get("/admin/playbooks/suggestions"), editor)).contains("Solved: clinical safety cases", "<td>2</td>");
        assertThat(page(get(thread.href()), one)).contains("This belongs in a playbook").doesNotContain("Add to a playbook");
        assertThat(page(get(thread.href()), editor)).contains("Add to a playbook");

        mvc.perform(post("/admin/playbooks/suggestions/" + thread.id() + "/handled").with(csrf()).with(editor.signedIn()));
        assertThat(page(get("/admin/playbooks/suggestions"), editor)).doesNotContain("Solved: clinical safety cases");
    }

    @Test
    void addToAPlaybookFromAThreadIsOfferedToEditorsAndCoauthorsOnly() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var member = members.aMember().create();
        var ccio = members.aMember().withRole(Role.CCIO).create();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(member).saying("Worth keeping.").start();
        long first = jdbc.sql("select id from forum.post where thread_id = :t and position = 0").param("t", thread.id())
                .query(Long.class).single();
        String title = "Chosen " + System.nanoTime();
        String slug = create(editor, title, false);

        assertThat(page(get("/playbooks/quote?post=" + first), editor)).contains("Add to “" + title + "”");
        assertThat(status(get("/playbooks/quote?post=" + first), member)).isEqualTo(403);
        assertThat(page(get(thread.href()), ccio)).doesNotContain("Add to a playbook");
        mvc.perform(post("/playbooks/" + slug + "/coauthors").with(csrf()).with(editor.signedIn()).param("email", ccio.email()));
        mvc.perform(post("/playbooks/" + slug + "/coauthors/accept").with(csrf()).with(ccio.signedIn()));
        assertThat(page(get(thread.href()), ccio)).contains("/playbooks/quote?post=" + first);

        assertThat(quote(ccio, slug, first).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from playbooks.quote q join playbooks.playbook p on p.id = q.playbook_id where p.slug = :s")
                .param("s", slug).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void twoRevisionsAreComparedSideBySide() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String slug = create(editor, "Compared " + System.nanoTime(), true);
        section(editor, slug, "Steps", "First step.\nSecond step.");
        long block = jdbc.sql("select b.id from playbooks.block b join playbooks.playbook p on p.id = b.playbook_id where p.slug = :s")
                .param("s", slug).query(Long.class).single();
        mvc.perform(post("/playbooks/" + slug + "/sections/" + block).with(csrf()).with(editor.signedIn())
                .param("heading", "Steps").param("body", "First step.\nA better second step."));

        String compared = page(get("/playbooks/" + slug + "/compare?from=2&to=3"), editor);
        assertThat(compared).contains("Second step.", "A better second step.", "table-warning");
        assertThat(page(get("/playbooks/" + slug + "/revisions"), editor)).contains("Edited the section “Steps”");
    }

    private String create(Members.Created editor, String title, boolean published) throws Exception {
        return create(editor, title, published, false);
    }

    private String create(Members.Created editor, String title, boolean published, boolean membersOnly) throws Exception {
        var request = post("/playbooks").with(csrf()).with(editor.signedIn()).param("title", title)
                .param("summary", "A guide.").param("topic", "leadership");
        if (published) {
            request.param("published", "true");
        }
        if (membersOnly) {
            request.param("membersOnly", "true");
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(302);
        return jdbc.sql("select slug from playbooks.playbook where title = :t").param("t", title).query(String.class).single();
    }

    private MockHttpServletResponse section(Members.Created who, String slug, String heading, String body) throws Exception {
        var request = post("/playbooks/" + slug + "/sections").with(csrf()).with(who.signedIn()).param("body", body);
        if (heading != null) {
            request.param("heading", heading);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse quote(Members.Created editor, String slug, long post) throws Exception {
        return mvc.perform(post("/playbooks/" + slug + "/quotes").with(csrf()).with(editor.signedIn())
                .param("post", String.valueOf(post))).andReturn().getResponse();
    }

    private int status(MockHttpServletRequestBuilder request, Members.Created viewer) throws Exception {
        return mvc.perform(request.with(viewer.signedIn())).andReturn().getResponse().getStatus();
    }

    private String page(MockHttpServletRequestBuilder request, Members.Created viewer) throws Exception {
        if (viewer != null) {
            request.with(viewer.signedIn());
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 302 && response.getRedirectedUrl() != null && !response.getRedirectedUrl().contains("sign-in")) {
            return page(get(response.getRedirectedUrl()), viewer);
        }
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
