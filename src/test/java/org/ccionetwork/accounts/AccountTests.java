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
class AccountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberChangesTheirDetails() throws Exception {
        var member = members.aMember().create();
        MvcResult result = mvc.perform(post("/account/details").with(csrf()).with(member.signedIn())
                .param("name", "Dr Renamed").param("profession", "NURSE").param("organisation", "Leeds")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(jdbc.sql("select name || '|' || profession || '|' || organisation_name from accounts.member where id = :id")
                .param("id", member.id()).query(String.class).single()).isEqualTo("Dr Renamed|NURSE|Leeds");
    }

    @Test
    void aNewEmailAddressIsUsedOnlyOnceConfirmed() throws Exception {
        var member = members.aMember().create();
        String newEmail = Members.uniqueEmail("moved");
        mvc.perform(post("/account/email").with(csrf()).with(member.signedIn()).param("email", newEmail)).andReturn();
        assertThat(emailOf(member.id())).isEqualTo(member.email());

        String link = mailbox.link(newEmail, "/verify-email");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("new email address is confirmed");
        assertThat(emailOf(member.id())).isEqualTo(newEmail);
        assertThat(mailbox.last(member.email()).getSubject()).isEqualTo("Your CCIO Network email address has changed");
    }

    @Test
    void anAddressAnotherAccountUsesIsRefusedBesideTheField() throws Exception {
        var member = members.aMember().create();
        var other = members.aMember().create();
        MvcResult result = mvc.perform(post("/account/email").with(csrf()).with(member.signedIn()).param("email", other.email())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Another account already uses this email address");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        var member = members.aMember().create();
        MvcResult wrong = mvc.perform(post("/account/password").with(csrf()).with(member.signedIn())
                .param("currentPassword", "not it").param("newPassword", "river stone falcon 19")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(wrong.getResponse().getContentAsString()).contains("Your current password is not right");

        MvcResult right = mvc.perform(post("/account/password").with(csrf()).with(member.signedIn())
                .param("currentPassword", member.password()).param("newPassword", "river stone falcon 19")).andReturn();
        assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/account");
    }

    @Test
    void theDataDownloadHoldsWhatWeKnowAboutTheMember() throws Exception {
        var member = members.aMember().named("Dr Export Me").create();
        MvcResult result = mvc.perform(get("/account/data").with(member.signedIn())).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String json = result.getResponse().getContentAsString();
        assertThat(json).contains("\"name\":\"Dr Export Me\"").contains(member.email()).contains("\"roles\"")
                .doesNotContain("password");
    }

    @Test
    void deletingTheAccountErasesPersonalDataAndSignsOut() throws Exception {
        var member = members.aMember().named("Dr Leaving").create();
        MvcResult wrong = mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn())
                .param("password", "not my password").param("understood", "true")).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
        assertThat(emailOf(member.id())).isEqualTo(member.email());

        MvcResult unconfirmed = mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn())
                .param("password", member.password())).andReturn();
        assertThat(unconfirmed.getResponse().getContentAsString()).contains("Confirm that you understand");

        MvcResult done = mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn())
                .param("password", member.password()).param("understood", "true")).andReturn();
        assertThat(done.getResponse().getContentAsString()).contains("Your account has been deleted");
        assertThat(jdbc.sql("select coalesce(email, '') || '|' || name || '|' || status || '|' || (password_hash is null) from accounts.member where id = :id")
                .param("id", member.id()).query(String.class).single()).isEqualTo("|Former member|DELETED|true");
        assertThat(jdbc.sql("select count(*) from accounts.member_role where member_id = :id").param("id", member.id())
                .query(Integer.class).single()).isZero();

        MvcResult signIn = mvc.perform(post("/sign-in").with(csrf()).with(ClientAddresses.from(ClientAddresses.next()))
                .param("email", member.email()).param("password", member.password())).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=credentials");
    }

    private String emailOf(long id) {
        return jdbc.sql("select email from accounts.member where id = :id").param("id", id).query(String.class).single();
    }
}
