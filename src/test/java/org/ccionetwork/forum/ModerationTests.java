package org.ccionetwork.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.forum.notifications.Digests;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Holding new members' first posts for a moderator, posting limits, {@code rel="ugc"} on new members' links,
 * and the personal digest. The settings are on here, as in production (the other tests run with them off).
 */
@IntegrationTest
@TestPropertySource(properties = {
        "ccio.forum.posts-held-until-approved=2", "ccio.forum.new-member-days=7",
        "ccio.forum.posts-per-minute=3", "ccio.forum.posts-per-hour=20", "ccio.forum.new-member-posts-per-hour=10"})
class ModerationTests {

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

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    MvcResult postThread(Members.Created author, String category, String title, String body, boolean question)
            throws Exception {
        return mvc.perform(post("/community/new").with(author.signedIn()).with(csrf())
                .param("category", category).param("title", title).param("body", body)
                .param("question", String.valueOf(question))).andReturn();
    }

    long firstPost(long threadId) {
        return jdbc.sql("select id from forum.post where thread_id = :t and position = 0").param("t", threadId)
                .query(Long.class).single();
    }

    int status(Members.Created who, String path) throws Exception {
        return mvc.perform(get(path).with(who.signedIn())).andReturn().getResponse().getStatus();
    }

    String page(Members.Created who, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(who.signedIn())).andReturn();
        if (result.getResponse().getStatus() == 302) {
            result = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(who.signedIn())).andReturn();
        }
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    int approve(Members.Created moderator, long postId) throws Exception {
        return mvc.perform(post("/admin/reports/held/" + postId + "/approve").with(moderator.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus();
    }

    int outboxTo(String email) {
        return jdbc.sql("select count(*) from shared.outbox_email where lower(to_address) = lower(:to)")
                .param("to", email).query(Integer.class).single();
    }

    int notifications(long memberId, String kind) {
        return jdbc.sql("select count(*) from forum.notification where member_id = :m and kind = :k")
                .param("m", memberId).param("k", kind).query(Integer.class).single();
    }

    List<Integer> counts(String category) {
        return jdbc.sql("select thread_count, post_count from forum.category where slug = :s").param("s", category)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2))).single();
    }

    /** A member past the threshold: joined a month ago, with two approved posts. */
    Members.Created established(Members.Created moderator) throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set created_at = now() - interval '30 days' where id = :id")
                .param("id", member.id()).update();
        long thread = threads.aThread().in(categories.aCategory().create()).by(member)
                .titled("Warming up " + unique()).saying("First words").start().id();
        assertThat(approve(moderator, firstPost(thread))).isEqualTo(302);
        long reply = threads.aReplyTo(thread).by(member).saying("Second words").post();
        assertThat(approve(moderator, reply)).isEqualTo(302);
        return member;
    }

    // ---- holding for approval ----

    @Test
    void aHeldThreadIsSeenOnlyByItsAuthorAndModeratorsUntilApprovedThenEveryoneIsToldOnce() throws Exception {
        String word = "zanzibarquokka" + unique().replaceAll("\\d", "");
        var newcomer = members.aMember().named("New Comer").create();
        var follower = members.aMember().create();
        var other = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        String category = categories.aCategory().create().slug();
        mvc.perform(post("/notifications/settings").with(follower.signedIn()).with(csrf()).param("mode", "IMMEDIATE"));
        mvc.perform(post("/community/c/" + category + "/follow").with(follower.signedIn()).with(csrf()));
        String title = "Held thread " + unique();

        MvcResult posted = postThread(newcomer, category, title, "About " + word, false);
        assertThat(posted.getResponse().getStatus()).isEqualTo(302);
        assertThat(posted.getFlashMap().get("flash").toString()).contains("wait for a moderator");
        long thread = Long.parseLong(posted.getResponse().getRedirectedUrl().split("/")[3]);
        String href = posted.getResponse().getRedirectedUrl();

        assertThat(page(newcomer, href)).contains(title, "Waiting for a moderator", word);
        assertThat(page(moderator, href)).contains(title, "Waiting for a moderator", "New Comer");
        assertThat(status(other, href)).isEqualTo(404);
        assertThat(status(other, "/community/p/" + firstPost(thread))).isEqualTo(404);
        assertThat(status(other, "/api/v1/community/threads/" + thread)).isEqualTo(404);
        assertThat(page(other, "/community/latest")).doesNotContain(title);
        assertThat(page(other, "/community/c/" + category)).doesNotContain(title);
        assertThat(page(other, "/community/search?q=" + word)).doesNotContain(title);
        assertThat(page(newcomer, "/community/mine")).contains(title, "Waiting for a moderator");
        assertThat(counts(category)).containsExactly(0, 0);
        assertThat(notifications(follower.id(), "NEW_THREAD")).isZero();
        assertThat(outboxTo(follower.email())).isZero();

        String queue = page(moderator, "/admin/reports");
        assertThat(queue).contains("Posts waiting for approval", HtmlUtils.htmlEscape(title), "New Comer", word);
        assertThat(approve(moderator, firstPost(thread))).isEqualTo(302);
        assertThat(approve(moderator, firstPost(thread))).as("a decided post is not in the queue").isEqualTo(404);

        assertThat(page(other, href)).contains(title, word).doesNotContain("Waiting for a moderator");
        assertThat(page(other, "/community/search?q=" + word)).contains(title);
        assertThat(page(other, "/community/c/" + category)).contains(title);
        assertThat(counts(category)).containsExactly(1, 1);
        assertThat(notifications(follower.id(), "NEW_THREAD")).isEqualTo(1);
        assertThat(mailbox.to(follower.email())).hasSize(1);
        assertThat(outboxTo(follower.email())).isEqualTo(1);
        assertThat(notifications(newcomer.id(), "POST_APPROVED")).isEqualTo(1);
        assertThat(page(moderator, "/admin/reports")).doesNotContain(HtmlUtils.htmlEscape(title));
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'FORUM_POST_APPROVED' and target like :t")
                .param("t", "%thread #" + thread + " %").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aHeldReplyWaitsOutsideTheThreadAndItsApprovalNotifiesTheFollowersOnce() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var newcomer = members.aMember().create();
        var other = members.aMember().create();
        String title = "Open thread " + unique();
        long thread = threads.aThread().in(categories.aCategory().create()).by(moderator).titled(title)
                .saying("Question from a moderator").asQuestion().start().id();
        String text = "A held reply " + unique();

        long reply = threads.aReplyTo(thread).by(newcomer).saying(text).post();
        assertThat(page(other, "/community/t/" + thread)).contains(title).doesNotContain(text);
        assertThat(page(newcomer, "/community/t/" + thread)).contains(text, "Your replies waiting for a moderator");
        assertThat(jdbc.sql("select reply_count from forum.thread where id = :t").param("t", thread).query(Integer.class)
                .single()).isZero();
        assertThat(notifications(moderator.id(), "REPLY")).isZero();
        assertThat(mvc.perform(post("/community/p/" + reply + "/like").with(other.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(approve(moderator, reply)).isEqualTo(302);
        assertThat(approve(moderator, reply)).isEqualTo(404);
        assertThat(page(other, "/community/t/" + thread)).contains(text);
        assertThat(jdbc.sql("select position from forum.post where id = :p").param("p", reply).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(notifications(moderator.id(), "REPLY")).isEqualTo(1);
    }

    @Test
    void aRejectedPostStaysUnpublishedAndItsAuthorIsToldWhyInTheSiteAndByEmail() throws Exception {
        var newcomer = members.aMember().create();
        var other = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        String title = "Selling software " + unique();
        long thread = threads.aThread().in(categories.aCategory().create()).by(newcomer).titled(title)
                .saying("Buy our product").start().id();
        long post = firstPost(thread);

        MvcResult blank = mvc.perform(post("/admin/reports/held/" + post + "/reject").with(moderator.signedIn())
                .with(csrf()).param("reason", " ")).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("Enter the reason the author will be told");

        assertThat(mvc.perform(post("/admin/reports/held/" + post + "/reject").with(moderator.signedIn()).with(csrf())
                .param("reason", "Advertising is not allowed in peer support")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(approve(moderator, post)).isEqualTo(404);

        var email = mailbox.last(newcomer.email());
        assertThat(email.getSubject()).isEqualTo("Your post in peer support was not published");
        assertThat(GreenMailUtil.getBody(email).replace("=\r\n", "")).contains("Advertising is not allowed in peer support");
        assertThat(notifications(newcomer.id(), "POST_REJECTED")).isEqualTo(1);
        assertThat(page(newcomer, "/notifications")).contains("Advertising is not allowed in peer support");
        assertThat(status(other, "/community/t/" + thread)).isEqualTo(404);
        assertThat(page(newcomer, "/community/t/" + thread)).contains("Not published", "Advertising is not allowed");
        assertThat(jdbc.sql("select details from shared.audit_entry where action = 'FORUM_POST_REJECTED' and target like :t")
                .param("t", "%thread #" + thread + " %").query(String.class).single())
                .isEqualTo("Advertising is not allowed in peer support");
    }

    @Test
    void aMemberIsHeldUntilTwoPostsAreApproved() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var newcomer = members.aMember().create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(moderator)
                .titled("Threshold " + unique()).saying("Tell us").start().id();

        long first = threads.aReplyTo(thread).by(newcomer).saying("One").post();
        long second = threads.aReplyTo(thread).by(newcomer).saying("Two").post();
        assertThat(approve(moderator, first)).isEqualTo(302);
        long third = threads.aReplyTo(thread).by(newcomer).saying("Three").post();
        assertThat(jdbc.sql("select state from forum.post where id = :p").param("p", third).query(String.class).single())
                .as("one approved post is not yet enough").isEqualTo("PENDING");
        assertThat(approve(moderator, second)).isEqualTo(302);
        // Out of the way of the limit per minute, which this test is not about.
        jdbc.sql("update forum.post set created_at = created_at - interval '5 minutes' where author_id = :a")
                .param("a", newcomer.id()).update();

        long fourth = threads.aReplyTo(thread).by(newcomer).saying("Four").post();
        assertThat(jdbc.sql("select state from forum.post where id = :p").param("p", fourth).query(String.class).single())
                .isEqualTo("PUBLISHED");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"MODERATOR", "EDITOR", "ADMIN", "CCIO"})
    void staffAndVerifiedCciosAreNeverHeld(Role role) throws Exception {
        var member = members.aMember().withRole(role).create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(member).titled("Trusted " + unique())
                .saying("Published at once").start().id();
        assertThat(jdbc.sql("select state from forum.thread where id = :t").param("t", thread).query(String.class)
                .single()).isEqualTo("PUBLISHED");
    }

    // ---- posting limits ----

    @Test
    void postsSentAtTheSameInstantCannotPassTheLimitTogether() throws Exception {
        var member = members.aMember().withRole(org.ccionetwork.accounts.Role.CCIO).create();
        var moderator = members.aMember().withRole(org.ccionetwork.accounts.Role.MODERATOR).create();
        long thread = threads.aThread().in(categories.aCategory().create()).by(moderator).start().id();
        int pressing = 8;
        var start = new java.util.concurrent.CountDownLatch(1);
        var outcomes = new java.util.ArrayList<java.util.concurrent.Future<Boolean>>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(pressing)) {
            for (int i = 0; i < pressing; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        threads.aReplyTo(thread).by(member).saying("At once " + n).post();
                        return true;
                    } catch (org.ccionetwork.forum.moderation.PostingTooFast refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int accepted = 0;
            for (var outcome : outcomes) {
                accepted += outcome.get(30, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(accepted).as("the per-minute limit of 3, whatever arrives together").isEqualTo(3);
        }
        assertThat(jdbc.sql("select count(*) from forum.post where author_id = :a").param("a", member.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void postingTooFastIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        var member = members.aMember().create();
        String category = categories.aCategory().create().slug();
        for (int i = 0; i < 3; i++) {
            threads.aThread().in(category).by(member).titled("Quick " + i + " " + unique()).saying("Body " + i).start();
        }
        MvcResult refused = postThread(member, category, "One too many", "My carefully typed fourth post", false);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        String html = refused.getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "You can post 3 times a minute", "My carefully typed fourth post",
                "One too many");
        assertThat(jdbc.sql("select count(*) from forum.thread where author_id = :a").param("a", member.id())
                .query(Integer.class).single()).isEqualTo(3);

        // A reply is refused the same way, on the thread page.
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long open = threads.aThread().in(category).by(moderator).titled("Open " + unique())
                .saying("Reply here").start().id();
        MvcResult reply = mvc.perform(post("/community/t/" + open + "/replies").with(member.signedIn()).with(csrf())
                .param("body", "My typed reply")).andReturn();
        assertThat(reply.getResponse().getStatus()).isEqualTo(422);
        assertThat(reply.getResponse().getContentAsString()).contains("You can post 3 times a minute", "My typed reply");
    }

    // ---- links ----

    @Test
    void linksFromNewMembersAreUgcAndFromEstablishedMembersAreNot() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var newcomer = members.aMember().create();
        var established = established(moderator);
        long thread = threads.aThread().in(categories.aCategory().create()).by(moderator).titled("Links " + unique())
                .saying("Share links").start().id();

        long fromNew = threads.aReplyTo(thread).by(newcomer).saying("See [my site](https://example.org/new)").post();
        long fromEstablished = threads.aReplyTo(thread).by(established)
                .saying("See [the guide](https://example.org/guide)").post();

        String newHtml = jdbc.sql("select body_html from forum.post where id = :p").param("p", fromNew).query(String.class).single();
        String establishedHtml = jdbc.sql("select body_html from forum.post where id = :p").param("p", fromEstablished)
                .query(String.class).single();
        assertThat(newHtml).containsPattern("rel=\"[^\"]*\\bnofollow\\b[^\"]*\"").containsPattern("rel=\"[^\"]*\\bugc\\b[^\"]*\"");
        assertThat(establishedHtml).containsPattern("rel=\"[^\"]*\\bnofollow\\b[^\"]*\"").doesNotContain("ugc");
        assertThat(jdbc.sql("select state from forum.post where id = :p").param("p", fromEstablished).query(String.class)
                .single()).isEqualTo("PUBLISHED");
    }

    // ---- the digest ----

    @Test
    void theDigestListsNewAnswersAndCategoriesPickedByInterestWithoutNamingChathamHouseAuthors() throws Exception {
        String u = unique();
        var reader = members.aMember().named("Digest Reader " + u).create();
        var asker = members.aMember().withRole(Role.MODERATOR).named("Plain Asker " + u).create();
        var candid = members.aMember().withRole(Role.EDITOR).named("Candid Clinician " + u).create();
        String followed = categories.aCategory().create().slug();
        String byInterest = categories.aCategory().withTopics("epr", "interop-" + u).create().slug();
        String chatham = categories.aCategory().chathamHouse().withTopics("interop-" + u).create().slug();
        String unrelated = categories.aCategory().withTopics("cyber-" + u).create().slug();
        jdbc.sql("""
                insert into directory.profile (member_id, handle, name, profession, interests)
                values (:id, :handle, :name, 'DOCTOR', array['interop-' || :u, 'ai'])""")
                .param("id", reader.id()).param("handle", "digest-reader-" + u).param("name", reader.name())
                .param("u", u).update();
        mvc.perform(post("/community/c/" + followed + "/follow").with(reader.signedIn()).with(csrf()));

        long answered = threads.aThread().in(followed).by(asker).titled("Answered in followed " + u)
                .saying("How?").asQuestion().start().id();
        long answer = threads.aReplyTo(answered).by(candid).saying("Like this.").post();
        mvc.perform(post("/community/p/" + answer + "/accept").with(asker.signedIn()).with(csrf()));
        threads.aThread().in(byInterest).by(asker).titled("Waiting by interest " + u)
                .saying("Anyone?").asQuestion().start();
        long secret = threads.aThread().in(chatham).by(candid).titled("Candid answered " + u)
                .saying("Between us").asQuestion().start().id();
        long secretAnswer = threads.aReplyTo(secret).by(asker).saying("Quietly.").post();
        mvc.perform(post("/community/p/" + secretAnswer + "/accept").with(candid.signedIn()).with(csrf()));
        threads.aThread().in(unrelated).by(asker).titled("Not for this reader " + u)
                .saying("Elsewhere").asQuestion().start();

        digests.sendAll();
        digests.sendAll();

        var emails = mailbox.to(reader.email());
        assertThat(emails).hasSize(1);
        String body = GreenMailUtil.getBody(emails.getFirst()).replace("=\r\n", "");
        assertThat(body).contains("New accepted answers", "Answered in followed " + u, "Candid answered " + u,
                "Questions waiting for an answer", "Waiting by interest " + u)
                .doesNotContain("Not for this reader " + u, "Candid Clinician");
        assertThat(jdbc.sql("select accepted_at is not null from forum.thread where id = :t").param("t", answered)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anAdministratorGivesACategoryInterestTopicsAndTheChangeIsAudited() throws Exception {
        var admin = members.aMember().withRole(Role.ADMIN).create();
        String slug = "topics-" + unique();
        MvcResult added = mvc.perform(post("/admin/community/categories").with(admin.signedIn()).with(csrf())
                .param("slug", slug).param("name", "Records " + slug).param("position", "5")
                .param("topics", "epr", "clinical-safety", "epr", "<script>", "no-such-topic")).andReturn();
        assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(302);
        long id = jdbc.sql("select id from forum.category where slug = :s").param("s", slug).query(Long.class).single();
        assertThat(jdbc.sql("select array_to_string(topics, ',') from forum.category where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("epr,clinical-safety");
        assertThat(page(admin, "/admin/community/categories")).contains("<option value=\"epr\" selected>")
                .doesNotContain("no-such-topic");

        assertThat(mvc.perform(post("/admin/community/categories/" + id).with(admin.signedIn()).with(csrf())
                .param("slug", slug).param("name", "Records " + slug).param("position", "5").param("topics", "ai"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select array_to_string(topics, ',') from forum.category where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("ai");
        assertThat(jdbc.sql("select details from shared.audit_entry where action = 'FORUM_CATEGORY_CHANGED' and target = :t")
                .param("t", "category " + slug).query(String.class).single()).isEqualTo("topics: ai");
    }
}
