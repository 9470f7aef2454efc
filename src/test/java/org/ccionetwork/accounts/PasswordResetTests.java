package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.ClientAddresses;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PasswordResetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        var member = members.aMember().create();
        String known = main(forgot(member.email())).replace(member.email(), "ADDRESS");
        String nobody = Members.uniqueEmail("nobody");
        String unknown = main(forgot(nobody)).replace(nobody, "ADDRESS");
        assertThat(known).isEqualTo(unknown).contains("Check your email");
        assertThat(mailbox.to(member.email())).hasSize(1);
    }

    @Test
    void aCompletedResetLiftsTheSignInThrottle() throws Exception {
        var member = members.aMember().create();
        for (int i = 0; i < 7; i++) { // seven failures: the account waits four seconds after the last
            mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(ClientAddresses.next()))
                    .param("email", member.email()).param("password", "wrong " + i));
        }
        String owner = ClientAddresses.next();
        assertThat(mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(owner))
                .param("email", member.email()).param("password", member.password())).andReturn().getResponse()
                .getRedirectedUrl()).as("the account's delay, before the reset").isEqualTo("/sign-in?error=throttled");
        forgot(member.email());
        String link = mailbox.link(member.email(), "/reset-password");
        String token = link.substring(link.indexOf("token=") + 6);
        mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "new harbour kettle 77"));

        MvcResult signIn = mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(owner))
                .param("email", member.email()).param("password", "new harbour kettle 77")).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).as("at once after the reset").isEqualTo("/");
    }

    @Test
    void resetEmailsAreCappedPerMemberWithoutTellingTheAskerAnything() throws Exception {
        var member = members.aMember().create();
        String nobody = Members.uniqueEmail("nobody-capped");
        String unknown = main(forgot(nobody)).replace(nobody, "ADDRESS");
        for (int i = 0; i < 5; i++) {
            assertThat(main(forgot(member.email())).replace(member.email(), "ADDRESS")).isEqualTo(unknown);
        }
        assertThat(jdbc.sql("select count(*) from shared.outbox_email where lower(to_address) = lower(:to)")
                .param("to", member.email()).query(Integer.class).single()).as("three an hour").isEqualTo(3);
    }

    @Test
    void aResetLinkWorksOnceChangesThePasswordAndSignsOutOtherSessions() throws Exception {
        var member = members.aMember().create();
        var oldSession = SignInTests.signedInSession(mvc, member.email(), member.password());
        assertThat(mvc.perform(get("/account").cookie(oldSession)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(sessionsOf(member.id())).isEqualTo(1);

        forgot(member.email());
        String link = mailbox.link(member.email(), "/reset-password");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("Choose a new password");

        MvcResult weak = mvc.perform(post("/reset-password").with(csrf()).param("token", token).param("password", "password")).andReturn();
        assertThat(weak.getResponse().getStatus()).isEqualTo(422);

        MvcResult reset = mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                .param("password", "new harbour kettle 77")).andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/sign-in");
        assertThat(sessionsOf(member.id())).as("other sessions signed out").isZero();
        assertThat(mvc.perform(get("/account").cookie(oldSession)).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");

        MvcResult reused = mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                .param("password", "another harbour kettle 78")).andReturn();
        assertThat(reused.getResponse().getStatus()).isEqualTo(410);

        MvcResult withNew = mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(ClientAddresses.next()))
                .param("email", member.email()).param("password", "new harbour kettle 77")).andReturn();
        assertThat(withNew.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(mailbox.last(member.email()).getSubject()).isEqualTo("Your CCIO Network password has changed");
    }

    @Test
    void aLinkOlderThanAnHourIsRefused() throws Exception {
        var member = members.aMember().create();
        forgot(member.email());
        String link = mailbox.link(member.email(), "/reset-password");
        jdbc.sql("update accounts.member_token set expires_at = now() - interval '1 second' where member_id = :id")
                .param("id", member.id()).update();
        MvcResult result = mvc.perform(get(link)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(410);
        assertThat(result.getResponse().getContentAsString()).contains("This link has expired");
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        MvcResult result = mvc.perform(post("/reset-password").with(csrf()).param("token", "x".repeat(43))
                .param("password", "new harbour kettle 77")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    private String forgot(String email) throws Exception {
        return mvc.perform(post("/forgot-password").with(csrf()).param("email", email)).andReturn().getResponse()
                .getContentAsString();
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
    }

    private int sessionsOf(long memberId) {
        return jdbc.sql("select count(*) from public.spring_session where principal_name = :id")
                .param("id", Long.toString(memberId)).query(Integer.class).single();
    }
}
