package org.ccionetwork.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.forum.notifications.Digests;
import org.ccionetwork.forum.notifications.EmailMode;
import org.ccionetwork.forum.notifications.EmailUnsubscribe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every forum email a member gets because of their setting can be stopped in one click, without signing in. */
@IntegrationTest
class ForumEmailUnsubscribeTests {

    private static final String PATH = "/email/forum/unsubscribe";

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
    EmailUnsubscribe unsubscribe;

    @Autowired
    Categories categories;

    @Autowired
    Threads threads;

    @Test
    void anImmediateNotificationCarriesTheOneClickHeadersAndTheLinkInItsBody() throws Exception {
        var follower = members.aMember().create();
        var author = members.aMember().create();
        setEmailMode(follower, EmailMode.IMMEDIATE);
        String category = categories.aCategory().create().slug();
        follow(follower, category);
        threads.aThread().in(category).by(author).titled("Immediate " + unique()).start();

        MimeMessage message = mailbox.last(follower.email());
        String link = "http://localhost" + PATH + "?member=" + follower.id() + "&token=" + unsubscribe.token(follower.id());
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<" + link + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("List-Id", null)).isEqualTo("CCIO Network peer support <peer-support.localhost>");
        assertThat(body(message)).contains("To stop all emails about peer support", link, "http://localhost/notifications");
    }

    @Test
    void theDigestCarriesTheOneClickHeadersAndTheLinkInItsBody() throws Exception {
        var follower = members.aMember().create();
        var author = members.aMember().create();
        setEmailMode(follower, EmailMode.DIGEST);
        String category = categories.aCategory().create().slug();
        follow(follower, category);
        threads.aThread().in(category).by(author).titled("Digested " + unique()).start();

        digests.sendAll();

        MimeMessage message = mailbox.last(follower.email());
        assertThat(message.getSubject()).startsWith("Your peer support digest");
        String link = "http://localhost" + PATH + "?member=" + follower.id() + "&token=" + unsubscribe.token(follower.id());
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<" + link + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(body(message)).contains(link);
    }

    @Test
    void theOneClickPostTurnsForumEmailsOffWithoutSessionOrCsrfAndWhatTheDigestOwedIsNotSent() throws Exception {
        var follower = members.aMember().create();
        var author = members.aMember().create();
        setEmailMode(follower, EmailMode.IMMEDIATE);
        String category = categories.aCategory().create().slug();
        follow(follower, category);
        threads.aThread().in(category).by(author).titled("One click " + unique()).start();
        String header = mailbox.last(follower.email()).getHeader("List-Unsubscribe", null);
        String path = header.substring(1, header.length() - 1).replace("http://localhost", "");
        // Something waits for a digest when the member leaves: it must not go either.
        setEmailMode(follower, EmailMode.DIGEST);
        threads.aThread().in(category).by(author).titled("Owed " + unique()).start();
        assertThat(owedToDigest(follower)).isEqualTo(1);

        // Following the link (as a mail scanner would) only asks.
        MockHttpServletResponse asked = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("Stop sending me emails about peer support")
                .contains("name=\"token\" value=\"" + unsubscribe.token(follower.id()) + "\"");
        assertThat(mode(follower)).isEqualTo("DIGEST");

        // What a mail program sends (RFC 8058): a POST to the same address, no cookie, no CSRF token.
        MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("You will no longer receive emails about peer support");
        assertThat(response.getCookie("SESSION")).isNull();
        assertThat(mode(follower)).isEqualTo("NONE");
        assertThat(owedToDigest(follower)).isZero();

        digests.sendAll();
        threads.aThread().in(category).by(author).titled("After leaving " + unique()).start();
        assertThat(jdbc.sql("select email_state from forum.notification where member_id = :m order by id desc limit 1")
                .param("m", follower.id()).query(String.class).single()).isEqualTo("NONE");
        assertThat(mailbox.to(follower.email())).hasSize(1);
    }

    @Test
    void aForgedOrAnotherMembersOrAnotherListsTokenIsRefusedWithAPlainPage() throws Exception {
        var reader = members.aMember().named("Reader " + unique()).create();
        var other = members.aMember().create();
        setEmailMode(reader, EmailMode.IMMEDIATE);
        String othersToken = unsubscribe.token(other.id());
        String newsletterToken = newsletterToken(reader.id());
        for (var request : List.of(
                withToken(get(PATH), reader.id(), "forged"),
                withToken(post(PATH), reader.id(), "forged"),
                withToken(post(PATH), reader.id(), othersToken),
                withToken(post(PATH), reader.id(), newsletterToken),
                withToken(post(PATH).with(csrf()).with(other.signedIn()), reader.id(), othersToken),
                withToken(get(PATH), 0, unsubscribe.token(0)),
                post(PATH).param("member", String.valueOf(reader.id())),
                post(PATH).param("member", "not a number").param("token", othersToken))) {
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isIn(400, 404);
            if (response.getStatus() == 404) {
                assertThat(response.getContentAsString()).contains("This link is not valid")
                        .doesNotContain(reader.name()).doesNotContain("name=\"token\"");
            }
        }
        assertThat(mode(reader)).isEqualTo("IMMEDIATE");
    }

    @Test
    void aSuspendedMembersLinkStillUnsubscribesButThePageRevealsNothing() throws Exception {
        String unique = unique();
        var follower = members.aMember().named("Suspended Reader " + unique).create();
        var author = members.aMember().named("Thread Author " + unique).create();
        setEmailMode(follower, EmailMode.IMMEDIATE);
        String category = categories.aCategory().create().slug();
        follow(follower, category);
        String title = "Secret thread " + unique;
        threads.aThread().in(category).by(author).titled(title).start();
        String header = mailbox.last(follower.email()).getHeader("List-Unsubscribe", null);
        String path = header.substring(1, header.length() - 1).replace("http://localhost", "");
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '7 days' where id = :id")
                .param("id", follower.id()).update();

        // Anonymous, and signed in while suspended: the rest of the forum refuses them, this does not. (Signed in,
        // the layout names the member themself, as on every page.)
        var anonymous = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertThat(anonymous.getContentAsString()).doesNotContain(title, author.name(), "Category " + category,
                "Suspended Reader");
        var signedIn = mvc.perform(get(path).with(follower.signedIn())).andReturn().getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getContentAsString()).doesNotContain(title, author.name(), "Category " + category);
        assertThat(mvc.perform(get("/community").with(follower.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);

        String done = mvc.perform(post(path)).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("You will no longer receive emails about peer support")
                .doesNotContain(title, author.name(), "Category " + category, "Suspended Reader");
        assertThat(mode(follower)).isEqualTo("NONE");
    }

    // ---- helpers ----

    private String newsletterToken(long memberId) {
        // The newsletter's own token for the same member, to check one list's link cannot stop another.
        String key = jdbc.sql("select key from news.signing_key where id = 1").query(String.class).single();
        return org.ccionetwork.shared.SignedMemberLinks.sign(key, "newsletter-unsubscribe", memberId);
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, long member, String token) {
        return request.param("member", String.valueOf(member)).param("token", token);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private void follow(Members.Created member, String category) throws Exception {
        assertThat(mvc.perform(post("/community/c/" + category + "/follow").with(member.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private void setEmailMode(Members.Created member, EmailMode mode) throws Exception {
        assertThat(mvc.perform(post("/notifications/settings").with(member.signedIn()).with(csrf()).param("mode", mode.name()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private String mode(Members.Created member) {
        return jdbc.sql("select email_mode from forum.member_setting where member_id = :m").param("m", member.id())
                .query(String.class).single();
    }

    private int owedToDigest(Members.Created member) {
        return jdbc.sql("select count(*) from forum.notification where member_id = :m and email_state = 'DIGEST'")
                .param("m", member.id()).query(Integer.class).single();
    }
}
