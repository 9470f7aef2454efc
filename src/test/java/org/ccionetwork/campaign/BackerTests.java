package org.ccionetwork.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccionetwork.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.ClientAddresses;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer.Mailbox;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class BackerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Members members;

    @Test
    void anIndividualConfirmsByEmailAndThenAppears() throws Exception {
        String email = Members.uniqueEmail("backer");
        back("INDIVIDUAL", "Dr Ivy Backer", email, ClientAddresses.next());
        assertThat(publicList()).doesNotContain("Dr Ivy Backer");
        String link = mailbox.link(email, "/campaign/back/confirm");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("Your backing is confirmed");
        assertThat(publicList()).contains("Dr Ivy Backer");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).as("the link works once").isEqualTo(400);
    }

    @Test
    void anOrganisationShowsOnlyOnceAModeratorApproves() throws Exception {
        String email = Members.uniqueEmail("college");
        back("ROYAL_COLLEGE", "Royal College of Testing", email, ClientAddresses.next());
        mvc.perform(get(mailbox.link(email, "/campaign/back/confirm"))).andReturn();
        assertThat(publicList()).doesNotContain("Royal College of Testing");

        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        String queue = mvc.perform(get("/admin/backers").with(moderator.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Royal College of Testing");
        long id = jdbc.sql("select id from campaign.backer where email = :email").param("email", email).query(Long.class).single();
        var member = members.aMember().create();
        assertThat(mvc.perform(post("/admin/backers/" + id + "/approve").with(csrf()).with(member.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/admin/backers/" + id + "/approve").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(publicList()).contains("Royal College of Testing");
        assertThat(mailbox.last(email).getSubject()).isEqualTo("Your backing of the CCIO campaign is published");
    }

    @Test
    void oneBackingPerAddressAndTheAnswerRevealsNothing() throws Exception {
        String email = Members.uniqueEmail("twice");
        String first = main(back("INDIVIDUAL", "First Name", email, ClientAddresses.next()));
        String second = main(back("INDIVIDUAL", "Second Name", email, ClientAddresses.next()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from campaign.backer where email = :email").param("email", email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theHoneypotKeepsNothing() throws Exception {
        String email = Members.uniqueEmail("bot");
        MvcResult result = mvc.perform(post("/campaign/back").with(csrf()).with(from(ClientAddresses.next())).param("kind", "INDIVIDUAL")
                .param("name", "Bot").param("email", email).param("website", "http://spam.example")).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Check your email");
        assertThat(jdbc.sql("select count(*) from campaign.backer where email = :email").param("email", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void tooManyBackingsFromOneAddressAreRefused() throws Exception {
        String address = ClientAddresses.next();
        for (int i = 0; i < 5; i++) {
            back("INDIVIDUAL", "Person " + i, Members.uniqueEmail("flood"), address);
        }
        String email = Members.uniqueEmail("flood");
        MvcResult sixth = mvc.perform(post("/campaign/back").with(csrf()).with(from(address)).param("kind", "INDIVIDUAL")
                .param("name", "Sixth").param("email", email)).andReturn();
        assertThat(sixth.getResponse().getStatus()).isEqualTo(429);
        assertThat(sixth.getResponse().getContentAsString()).contains("Too many backings");
        assertThat(jdbc.sql("select count(*) from campaign.backer where email = :email").param("email", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void badInputIsShownBesideTheFieldAndKept() throws Exception {
        MvcResult result = mvc.perform(post("/campaign/back").with(csrf()).with(from(ClientAddresses.next()))
                .param("name", "Kept Name").param("email", "not-an-email")).andReturn();
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(html).contains("href=\"#kind\"").contains("href=\"#email\"").contains("value=\"Kept Name\"");
    }

    private String back(String kind, String name, String email, String address) throws Exception {
        return mvc.perform(post("/campaign/back").with(csrf()).with(from(address)).param("kind", kind).param("name", name)
                .param("email", email).param("contactRole", "President").param("statement", "We back it")).andReturn()
                .getResponse().getContentAsString();
    }

    private String publicList() throws Exception {
        return mvc.perform(get("/campaign/backers")).andReturn().getResponse().getContentAsString();
    }

    private static String main(String html) {
        return html.substring(html.indexOf("<main"), html.indexOf("</main>")).replaceAll("[a-z0-9-]+@example\\.nhs\\.uk", "EMAIL");
    }
}
