package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer.Mailbox;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MentoringTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Mailbox mailbox;

    @Test
    void aMenteeAsksAProposedMentorWhoAcceptsAndTheyCloseThePairingWithFeedback() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        var mentor = members.aMember().named("Mentor " + token).withRole(Role.CCIO).create();
        var mentee = members.aMember().named("Mentee " + token).create();
        var second = members.aMember().named("Second " + token).create();
        profile(mentor, "London");
        profile(mentee, "London");
        assertThat(mvc.perform(post("/mentoring/offer").with(csrf()).with(mentor.signedIn()).param("topics", "ai", "clinical-safety")
                .param("capacity", "1").param("active", "true")).andReturn().getResponse().getStatus()).isEqualTo(302);

        mvc.perform(post("/mentoring/ask").with(csrf()).with(mentee.signedIn()).param("goals", "Learn to lead a safety case " + token)
                .param("topics", "ai", "clinical-safety").param("preferredRegion", "London")).andReturn();
        String dashboard = page("/mentoring", mentee);
        assertThat(dashboard).contains("Mentor " + token).contains("Shares 2 of your topics: Clinical safety (DCB0129/0160), Artificial intelligence")
                .contains("In the region you asked for: London (+2)").contains("1 place left (+1)");

        long request = jdbc.sql("select id from directory.mentoring_request where mentee_id = :id").param("id", mentee.id()).query(Long.class).single();
        mvc.perform(post("/mentoring/requests/" + request + "/send").with(csrf()).with(mentee.signedIn())
                .param("mentor", Long.toString(mentor.id())).param("message", "Hello from " + token)).andReturn();
        assertThat(mailbox.last(mentor.email()).getSubject()).isEqualTo("A member asks you to mentor them");
        assertThat(page("/mentoring", mentor)).contains("Requests to you").contains("Learn to lead a safety case " + token);

        long pairing = jdbc.sql("select id from directory.mentoring_pairing where request_id = :id").param("id", request).query(Long.class).single();
        assertThat(mvc.perform(post("/mentoring/pairings/" + pairing + "/accept").with(csrf()).with(mentee.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        mvc.perform(post("/mentoring/pairings/" + pairing + "/accept").with(csrf()).with(mentor.signedIn())).andReturn();
        assertThat(status(pairing)).isEqualTo("ACCEPTED");
        assertThat(mailbox.last(mentee.email()).getSubject()).isEqualTo("Mentor " + token + " has agreed to mentor you");
        assertThat(page("/mentoring", mentee)).contains("Your pairings").contains("your mentor");
        assertThat(page("/mentoring", mentor)).contains("Your pairings").contains("your mentee");

        // The mentor's one place is taken: another member is not offered them and cannot ask them.
        mvc.perform(post("/mentoring/ask").with(csrf()).with(second.signedIn()).param("goals", "Me too").param("topics", "ai")).andReturn();
        assertThat(page("/mentoring", second)).doesNotContain("Mentor " + token);
        long secondRequest = jdbc.sql("select id from directory.mentoring_request where mentee_id = :id").param("id", second.id()).query(Long.class).single();
        mvc.perform(post("/mentoring/requests/" + secondRequest + "/send").with(csrf()).with(second.signedIn())
                .param("mentor", Long.toString(mentor.id()))).andReturn();
        assertThat(jdbc.sql("select count(*) from directory.mentoring_pairing where request_id = :id").param("id", secondRequest)
                .query(Integer.class).single()).isZero();

        mvc.perform(post("/mentoring/pairings/" + pairing + "/close").with(csrf()).with(mentee.signedIn())
                .param("feedback", "Very helpful")).andReturn();
        assertThat(status(pairing)).isEqualTo("CLOSED");
        assertThat(mailbox.last(mentor.email()).getSubject()).isEqualTo("Your mentoring pairing has been closed");

        var admin = members.aMember().withRole(Role.ADMIN).create();
        assertThat(page("/admin/mentoring", admin)).contains("Mentoring figures").contains("Closed with feedback");
    }

    @Test
    void onlyCciosOfferToMentor() throws Exception {
        var member = members.aMember().create();
        assertThat(mvc.perform(post("/mentoring/offer").with(csrf()).with(member.signedIn()).param("topics", "ai")
                .param("capacity", "2")).andReturn().getResponse().getStatus()).isEqualTo(403);
        var ccio = members.aMember().withRole(Role.CCIO).create();
        var invalid = mvc.perform(post("/mentoring/offer").with(csrf()).with(ccio.signedIn()).param("capacity", "11")).andReturn();
        assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
        assertThat(invalid.getResponse().getContentAsString()).contains("Select at least one topic you can mentor on")
                .contains("Enter a number from 0 to 10");
    }

    @Test
    void aRequestNeedsGoalsAndATopic() throws Exception {
        var member = members.aMember().create();
        var result = mvc.perform(post("/mentoring/ask").with(csrf()).with(member.signedIn()).param("goals", " ")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Tell mentors what you would like to achieve")
                .contains("Select at least one topic");
    }

    private void profile(Members.Created member, String region) throws Exception {
        mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "DOCTOR")
                .param("region", region).param("interests", "ai")).andReturn();
    }

    private String page(String path, Members.Created member) throws Exception {
        var response = mvc.perform(get(path).with(member.signedIn())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String status(long pairing) {
        return jdbc.sql("select status from directory.mentoring_pairing where id = :id").param("id", pairing).query(String.class).single();
    }
}
