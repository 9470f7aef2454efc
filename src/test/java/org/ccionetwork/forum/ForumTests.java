package org.ccionetwork.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.forum.notifications.Digests;
import org.ccionetwork.forum.notifications.EmailMode;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ForumTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer.Mailbox mailbox;

    @Autowired
    Digests digests;

    @Autowired
    Categories categories;

    @Autowired
    Threads threads;

    // ---- helpers ----

    String page(Members.Created who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who.signedIn())).andReturn();
        if (result.getResponse().getStatus() == 302 && path.matches("/community/t/\\d+")) {
            result = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(who.signedIn())).andReturn();
        }
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    void setEmailMode(Members.Created member, EmailMode mode) throws Exception {
        mvc.perform(post("/notifications/settings").with(member.signedIn()).with(csrf()).param("mode", mode.name()));
    }

    // ---- access: anonymous and suspended members get nothing ----

    static Stream<Arguments> forumRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/community"), Arguments.of(HttpMethod.GET, "/community/latest"),
                Arguments.of(HttpMethod.GET, "/community/unanswered"), Arguments.of(HttpMethod.GET, "/community/mine"),
                Arguments.of(HttpMethod.GET, "/community/search?q=records"),
                Arguments.of(HttpMethod.GET, "/community/mentions?q=a"),
                Arguments.of(HttpMethod.GET, "/community/c/{category}"),
                Arguments.of(HttpMethod.GET, "/community/t/{thread}"),
                Arguments.of(HttpMethod.GET, "/community/t/{thread}/secret-title"),
                Arguments.of(HttpMethod.GET, "/community/p/{post}"),
                Arguments.of(HttpMethod.POST, "/community/t/{thread}/replies"),
                Arguments.of(HttpMethod.POST, "/community/new"),
                Arguments.of(HttpMethod.POST, "/community/p/{post}/like"),
                Arguments.of(HttpMethod.GET, "/notifications"),
                Arguments.of(HttpMethod.GET, "/api/v1/community/categories"),
                Arguments.of(HttpMethod.GET, "/api/v1/community/threads"),
                Arguments.of(HttpMethod.GET, "/api/v1/community/threads/{thread}"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("forumRoutes")
    void anonymousAndSuspendedMembersGetNothing(HttpMethod method, String template) throws Exception {
        var author = members.aMember().create();
        String category = categories.aCategory().create().slug();
        String title = "Secret title " + UUID.randomUUID();
        long thread = threads.aThread().in(category).by(author).titled(title).saying("Body").start().id();
        long post = jdbc.sql("select id from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();
        String path = template.replace("{category}", category).replace("{thread}", Long.toString(thread))
                .replace("{post}", Long.toString(post));

        MvcResult anonymous = mvc.perform(request(method, path).with(csrf())).andReturn();
        int status = anonymous.getResponse().getStatus();
        assertThat(status == 401 || (status == 302 && anonymous.getResponse().getRedirectedUrl().endsWith("/sign-in")))
                .as("anonymous %s %s got %d", method, path, status).isTrue();
        assertThat(anonymous.getResponse().getContentAsString()).doesNotContain(title);

        var suspended = members.aMember().create();
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '7 days' where id = :id")
                .param("id", suspended.id()).update();
        MvcResult refused = mvc.perform(request(method, path).with(csrf()).with(suspended.signedIn())).andReturn();
        assertThat(refused.getResponse().getStatus()).as("suspended %s %s", method, path).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void aSuspensionThatHasEndedLetsTheMemberBackIn() throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() - interval '1 day' where id = :id")
                .param("id", member.id()).update();
        assertThat(mvc.perform(get("/community").with(member.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    // ---- reading and writing ----

    static Stream<String> hostileMarkdown() {
        return Stream.of(
                "<script>alert('x')</script>Hello",
                "[click](javascript:alert(1))",
                "<img src=x onerror=alert(1)>",
                "<a href=\"#\" onclick=\"alert(1)\">link</a>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "![x](javascript:alert(1))",
                "<svg onload=alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void hostileMarkdownIsMadeSafeInThreadsAndReplies(String hostile) throws Exception {
        var member = members.aMember().create();
        String category = categories.aCategory().create().slug();
        long thread = threads.aThread().in(category).by(member).titled("Hostile " + UUID.randomUUID())
                .saying(hostile).start().id();
        threads.aReplyTo(thread).by(member).saying(hostile).post();
        List<String> stored = jdbc.sql("select body_html from forum.post where thread_id = :t").param("t", thread)
                .query(String.class).list();
        assertThat(stored).hasSize(2);
        for (String html : stored) {
            assertThat(html.toLowerCase()).doesNotContain("<script", "javascript:", "onerror", "onclick", "onload",
                    "<iframe", "style=", "<svg");
        }
        String page = page(member, "/community/t/" + thread);
        assertThat(page.toLowerCase()).doesNotContain("<script>alert", "onerror=", "javascript:alert");
    }

    @Test
    void aThreadShowsItsPostsRenderedAndTheCategoryCountsIt() throws Exception {
        var author = members.aMember().named("Dr Ann Author").create();
        var replier = members.aMember().named("Rhys Replier").create();
        String category = categories.aCategory().create().slug();
        long thread = threads.aThread().in(category).by(author).titled("How do I write a business case?")
                .saying("I need **help**.").asQuestion().start().id();
        threads.aReplyTo(thread).by(replier).saying("Start with the *strategic* case.").post();

        var redirect = mvc.perform(get("/community/t/" + thread).with(author.signedIn())).andReturn();
        String href = redirect.getResponse().getRedirectedUrl();
        assertThat(href).isEqualTo("/community/t/" + thread + "/how-do-i-write-a-business-case");
        String page = page(author, href);
        assertThat(page).contains("How do I write a business case?", "<strong>help</strong>",
                "<em>strategic</em>", "Dr Ann Author", "Rhys Replier");
        var counts = jdbc.sql("select thread_count, post_count from forum.category where slug = :s").param("s", category)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
        assertThat(counts).containsExactly(1, 2);
        assertThat(page(author, "/community/c/" + category)).contains("How do I write a business case?");
    }

    @Test
    void missingTitleAndBodyAreShownBesideTheFieldsWithStatus422() throws Exception {
        var member = members.aMember().create();
        String category = categories.aCategory().create().slug();
        MvcResult result = mvc.perform(post("/community/new").with(member.signedIn()).with(csrf())
                .param("category", category).param("title", " ").param("body", "")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("There is a problem", "Enter a title",
                "Enter your post");
    }

    @Test
    void categoryListsArePagedByKeysetWithoutLosingOrRepeatingThreads() throws Exception {
        var member = members.aMember().create();
        String category = categories.aCategory().create().slug();
        long categoryId = jdbc.sql("select id from forum.category where slug = :s").param("s", category).query(Long.class).single();
        // 60 threads, several sharing one timestamp, so the id breaks ties.
        for (int i = 0; i < 60; i++) {
            jdbc.sql("""
                    insert into forum.thread (category_id, author_id, title, slug, created_at, last_activity_at, last_author_id)
                    values (:c, :a, :title, 'x', now(), timestamp '2026-01-01' + (:i / 3) * interval '1 minute', :a)""")
                    .param("c", categoryId).param("a", member.id()).param("title", "Keyset thread " + i).param("i", i).update();
        }
        Set<String> seen = new HashSet<>();
        String path = "/community/c/" + category;
        int pages = 0;
        while (path != null) {
            String html = page(member, path);
            var matcher = java.util.regex.Pattern.compile("Keyset thread (\\d+)").matcher(html);
            while (matcher.find()) {
                assertThat(seen.add(matcher.group(1))).as("thread %s repeated", matcher.group(1)).isTrue();
            }
            var next = java.util.regex.Pattern.compile("href=\"(/community/c/[^\"]+\\?after=[^\"]+)\"").matcher(html);
            path = next.find() ? next.group(1) : null;
            pages++;
        }
        assertThat(seen).hasSize(60);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aLinkToAPostJumpsToItsPage() throws Exception {
        var member = members.aMember().create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(member).titled("Long thread")
                .saying("First").start().id();
        long last = 0;
        for (int i = 0; i < 25; i++) {
            last = threads.aReplyTo(thread).by(member).saying("Reply number " + i).post();
        }
        var result = mvc.perform(get("/community/p/" + last).with(member.signedIn())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .isEqualTo("/community/t/" + thread + "/long-thread?page=2#post-" + last);
        assertThat(page(member, "/community/t/" + thread + "/long-thread?page=2")).contains("Reply number 24", "id=\"post-" + last + "\"")
                .doesNotContain("Reply number 2<");
    }

    // ---- questions, likes, edit history ----

    @Test
    void theAuthorAcceptsAnAnswerWhichIsShownUnderTheQuestion() throws Exception {
        var asker = members.aMember().create();
        var helper = members.aMember().named("Helpful Harriet").create();
        var other = members.aMember().create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(asker).titled("Which standard?")
                .saying("Which one?").asQuestion().start().id();
        long answer = threads.aReplyTo(thread).by(helper).saying("The PRSB core information standard.").post();

        assertThat(mvc.perform(post("/community/p/" + answer + "/accept").with(other.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/community/p/" + answer + "/accept").with(asker.signedIn()).with(csrf()));

        assertThat(jdbc.sql("select accepted_post_id from forum.thread where id = :t").param("t", thread)
                .query(Long.class).single()).isEqualTo(answer);
        assertThat(page(other, "/community/t/" + thread)).contains("id=\"answer\"", "Accepted answer");
        assertThat(jdbc.sql("select count(*) from forum.notification where member_id = :m and kind = 'ACCEPTED'")
                .param("m", helper.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLikeCountsOncePerMember() throws Exception {
        var author = members.aMember().create();
        var fan = members.aMember().create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(author).titled("Likeable")
                .saying("Body").start().id();
        long post = jdbc.sql("select id from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/community/p/" + post + "/like").with(fan.signedIn()).with(csrf()));
        }
        mvc.perform(post("/community/p/" + post + "/like").with(author.signedIn()).with(csrf()));
        assertThat(jdbc.sql("select like_count from forum.post where id = :p").param("p", post).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(page(fan, "/community/t/" + thread)).as("the fan sees their like")
                .contains("aria-pressed=\"true\">Like").doesNotContain("aria-pressed=\"false\">Like");
        assertThat(page(members.aMember().create(), "/community/t/" + thread)).as("another member did not like it")
                .contains("aria-pressed=\"false\">Like").doesNotContain("aria-pressed=\"true\">Like");
        mvc.perform(post("/community/p/" + post + "/like").with(fan.signedIn()).with(csrf()).param("like", "false"));
        assertThat(jdbc.sql("select like_count from forum.post where id = :p").param("p", post).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void editsKeepHistoryForModeratorsAndMarkThePostEdited() throws Exception {
        var author = members.aMember().create();
        var other = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(author).titled("Original title")
                .saying("Original words").start().id();
        long post = jdbc.sql("select id from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();

        assertThat(mvc.perform(post("/community/p/" + post + "/edit").with(other.signedIn()).with(csrf())
                .param("title", "Hijacked").param("body", "Hijacked")).andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/community/p/" + post + "/edit").with(author.signedIn()).with(csrf())
                .param("title", "Better title").param("body", "Better words"));

        String page = page(other, "/community/t/" + thread);
        assertThat(page).contains("Better title", "Better words", "edited").doesNotContain("Original words");
        assertThat(mvc.perform(get("/community/p/" + post + "/history").with(other.signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(page(moderator, "/community/p/" + post + "/history")).contains("Original words", "Original title");
    }

    // ---- notifications ----

    @Test
    void aMentionAndAFollowOfTheSameReplyMakeOneNotificationAndOneEmail() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        var asker = members.aMember().named("Asker " + unique).create();
        var mentioned = members.aMember().named("Mentioned Person " + unique).create();
        var replier = members.aMember().create();
        setEmailMode(asker, EmailMode.IMMEDIATE);
        setEmailMode(mentioned, EmailMode.IMMEDIATE);
        long thread = threads.aThread().in(categories.aCategory().create()).by(asker).titled("Mentions " + unique)
                .saying("Question").start().id();
        // The asker follows the thread (auto-follow) and is also mentioned: still one notification.
        threads.aReplyTo(thread).by(replier)
                .saying("Ask @Mentioned Person " + unique + ", and @Asker " + unique + " should look too.").post();

        for (var member : List.of(asker, mentioned)) {
            assertThat(jdbc.sql("select count(*) from forum.notification where member_id = :m").param("m", member.id())
                    .query(Integer.class).single()).as(member.name()).isEqualTo(1);
            assertThat(mailbox.to(member.email())).as(member.name()).hasSize(1);
        }
        assertThat(jdbc.sql("select kind from forum.notification where member_id = :m").param("m", mentioned.id())
                .query(String.class).single()).isEqualTo("MENTION");
        assertThat(page(mentioned, "/community")).contains("Notifications <span class=\"badge");
        assertThat(page(mentioned, "/notifications")).contains("mentioned you in “Mentions " + unique + "”");
        // Following the thread, the mentioned member hears about the next reply once.
        threads.aReplyTo(thread).by(replier).saying("One more thing.").post();
        assertThat(jdbc.sql("select count(*) from forum.notification where member_id = :m").param("m", mentioned.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from forum.notification where member_id = :m").param("m", asker.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theDigestSendsOneEmailWithEverythingOwedAndNeverTwice() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        var follower = members.aMember().named("Digest Reader " + unique).create();
        var author = members.aMember().create();
        setEmailMode(follower, EmailMode.DIGEST);
        String category = categories.aCategory().create().slug();
        var followed = mvc.perform(post("/community/c/" + category + "/follow").with(follower.signedIn()).with(csrf())).andReturn();
        assertThat(followed.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from forum.category_follow where member_id = :m").param("m", follower.id()).query(Integer.class).single()).isEqualTo(1);
        long thread = threads.aThread().in(category).by(author).titled("Digest thread " + unique)
                .saying("Hello").asQuestion().start().id();
        mvc.perform(post("/community/t/" + thread + "/follow").with(follower.signedIn()).with(csrf()));
        threads.aReplyTo(thread).by(author).saying("Anyone?").post();
        long replyId = jdbc.sql("select max(id) from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();
        var fan = members.aMember().create();
        mvc.perform(post("/community/p/" + replyId + "/like").with(fan.signedIn()).with(csrf())).andReturn();
        assertThat(mailbox.to(follower.email())).isEmpty();

        digests.sendAll();
        digests.sendAll();

        var emails = mailbox.to(follower.email());
        assertThat(emails).as(jdbc.sql("select kind || ' ' || email_state from forum.notification where member_id = :m").param("m", follower.id()).query(String.class).list().toString()).hasSize(1);
        String body = GreenMailUtil.getBody(emails.getFirst()).replace("=\r\n", "");
        assertThat(emails.getFirst().getSubject()).as(jdbc.sql("select kind || ' ' || email_state from forum.notification where member_id = :m").param("m", follower.id()).query(String.class).list().toString()).isEqualTo("Your peer support digest: 2 updates");
        assertThat(body).contains("started", "replied to", "Questions waiting for an answer",
                "Most liked this week in the categories you follow", "Digest thread " + unique + " (1 like)",
                "/community/p/" + replyId);
    }

    // ---- moderation ----

    @Test
    void aModeratorHidesAReportedPostAndTheReporterIsToldAndItIsAudited() throws Exception {
        var author = members.aMember().create();
        var reporter = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(author).titled("Reported thread")
                .saying("Rude words").start().id();
        long post = jdbc.sql("select id from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();

        mvc.perform(post("/community/p/" + post + "/report").with(reporter.signedIn()).with(csrf()).param("reason", "Rude"));
        long report = jdbc.sql("select id from forum.report where post_id = :p").param("p", post).query(Long.class).single();
        assertThat(page(moderator, "/admin/reports")).contains("Report #" + report, "Rude words");
        assertThat(mvc.perform(post("/admin/reports/" + report + "/hide").with(moderator.signedIn()).with(csrf())
                .param("reason", "")).andReturn().getResponse().getStatus()).isEqualTo(422);
        mvc.perform(post("/admin/reports/" + report + "/hide").with(moderator.signedIn()).with(csrf())
                .param("reason", "Breaks the code of conduct"));

        assertThat(page(reporter, "/community/t/" + thread)).contains("hidden by a moderator: Breaks the code of conduct")
                .doesNotContain("Rude words");
        assertThat(mailbox.last(reporter.email()).getSubject()).isEqualTo("Your report to the CCIO Network moderators");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'FORUM_POST_HIDDEN' and actor_id = :m")
                .param("m", moderator.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aModeratorSuspendsTheAuthorWhoThenGetsNothing() throws Exception {
        var author = members.aMember().create();
        var reporter = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(author).titled("Spam")
                .saying("Buy now").start().id();
        long post = jdbc.sql("select id from forum.post where thread_id = :t").param("t", thread).query(Long.class).single();
        mvc.perform(post("/community/p/" + post + "/report").with(reporter.signedIn()).with(csrf()).param("reason", "Spam"));
        long report = jdbc.sql("select id from forum.report where post_id = :p").param("p", post).query(Long.class).single();
        mvc.perform(post("/admin/reports/" + report + "/suspend").with(moderator.signedIn()).with(csrf())
                .param("days", "7").param("reason", "Spam"));
        assertThat(mvc.perform(get("/community").with(author.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select outcome from forum.report where id = :r").param("r", report).query(String.class).single())
                .contains("suspended");
    }

    // ---- Chatham House ----

    @Test
    void chathamHouseNamesStayOnTheThreadPageAndSponsorsStaffSeeNothing() throws Exception {
        String unique = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        var author = members.aMember().named("Candid Clinician " + unique).create();
        var follower = members.aMember().create();
        var sponsor = members.aMember().create();
        var admin = members.aMember().withRole(Role.ADMIN).create();
        mvc.perform(post("/admin/community/sponsor-staff").with(admin.signedIn()).with(csrf())
                .param("email", sponsor.email()).param("flag", "true"));
        setEmailMode(follower, EmailMode.IMMEDIATE);
        String category = categories.aCategory().chathamHouse().create().slug();
        mvc.perform(post("/community/c/" + category + "/follow").with(follower.signedIn()).with(csrf()));
        long thread = threads.aThread().in(category).by(author).titled("Supplier trouble " + unique)
                .saying("Our supplier quibbled " + unique).start().id();

        assertThat(page(follower, "/community/t/" + thread)).contains("Candid Clinician " + unique);
        assertThat(page(follower, "/community/c/" + category)).contains("Supplier trouble").doesNotContain("Candid Clinician");
        assertThat(page(follower, "/notifications")).contains("A member started").doesNotContain("Candid Clinician");
        assertThat(GreenMailUtil.getBody(mailbox.last(follower.email()))).doesNotContain("Candid Clinician");
        assertThat(page(follower, "/api/v1/community/threads/" + thread)).doesNotContain("Candid Clinician");
        assertThat(page(follower, "/api/v1/community/threads?category=" + category)).doesNotContain("Candid Clinician");
        assertThat(page(follower, "/community/search?q=quibbled " + unique)).contains("Supplier trouble")
                .doesNotContain("Candid Clinician");
        assertThat(page(follower, "/community/search?q=quibbled " + unique + "&author=Candid Clinician " + unique))
                .doesNotContain("Supplier trouble");

        for (String path : List.of("/community/t/" + thread, "/community/c/" + category, "/api/v1/community/threads/" + thread)) {
            assertThat(mvc.perform(get(path).with(sponsor.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        for (String path : List.of("/community", "/community/latest", "/community/search?q=quibbled " + unique)) {
            assertThat(page(sponsor, path)).as(path).doesNotContain("Supplier trouble", category);
        }
    }

    // ---- search ----

    @Test
    void searchFindsTitlesAndPostsWithHighlightedEscapedSnippets() throws Exception {
        String unique = "zq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
        var member = members.aMember().create();
        String category = categories.aCategory().create().slug();
        long thread = threads.aThread().in(category).by(member).titled("Interoperability " + unique)
                .saying("Nothing here").asQuestion().start().id();
        threads.aReplyTo(thread).by(member)
                .saying("Use <b>FHIR</b> profiles for " + unique + " and SNOMED coding").post();
        String html = page(member, "/community/search?q=" + unique);
        assertThat(html).contains("Interoperability " + unique, "<mark>" + unique + "</mark>").doesNotContain("<b>FHIR</b>");
        assertThat(page(member, "/community/search?q=" + unique + "&questions=true")).contains("2 matches");
        assertThat(page(member, "/community/search?q=" + unique + "&since=2999-01-01")).contains("Nothing matched");
        assertThat(Instant.now()).isNotNull();
    }
}
