package org.ccionetwork.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
class AppointmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AppointmentService appointments;

    @Autowired
    Mailbox mailbox;

    @Test
    void aClaimVerifiedByAModeratorMakesTheMemberACcioAndIsAudited() throws Exception {
        var member = members.aMember().named("Dr Claimant").create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(member, "RTH");

        String queue = mvc.perform(get("/admin/appointments").with(moderator.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Dr Claimant").contains("Oxford University Hospitals NHS Foundation Trust");

        MvcResult verified = mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/admin/appointments");
        assertThat(status(id)).isEqualTo("VERIFIED");
        assertThat(roles(member.id())).contains("CCIO");
        assertThat(mailbox.last(member.email()).getSubject()).isEqualTo("Your CCIO appointment has been verified");
        assertThat(audited("APPOINTMENT_VERIFIED", id)).isEqualTo(1);

        String page = mvc.perform(get("/organisations/RTH")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<strong>Dr Claimant</strong>");
    }

    @Test
    void aModeratorCannotVerifyTheirOwnClaim() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(moderator, "RAL");
        MvcResult result = mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void aMemberCannotVerifyAnything() throws Exception {
        var member = members.aMember().create();
        var other = members.aMember().create();
        long id = claim(other, "RJ1");
        assertThat(mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(member.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void aRejectionNeedsAReasonAndTellsTheMember() throws Exception {
        var member = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(member, "RYJ");
        MvcResult noReason = mvc.perform(post("/admin/appointments/" + id + "/reject").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(status(id)).isEqualTo("PENDING");
        mvc.perform(post("/admin/appointments/" + id + "/reject").with(csrf()).with(moderator.signedIn())
                .param("reason", "The board papers name someone else")).andReturn();
        assertThat(status(id)).isEqualTo("REJECTED");
        assertThat(roles(member.id())).doesNotContain("CCIO");
        assertThat(mailbox.last(member.email()).getSubject()).isEqualTo("Your CCIO appointment could not be verified");
    }

    @Test
    void endingAnAppointmentKeepsTheHistoryAndTheRoleGoes() throws Exception {
        var member = members.aMember().named("Dr Moving On").create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(member, "RWK");
        mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(status(id)).isEqualTo("VERIFIED");
        mvc.perform(post("/organisations/appointments/" + id + "/end").with(csrf()).with(member.signedIn())).andReturn();
        assertThat(jdbc.sql("select ended_on is not null from organisations.appointment where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(roles(member.id())).doesNotContain("CCIO");
        String page = mvc.perform(get("/organisations/RWK")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Past CCIOs").contains("Dr Moving On");
    }

    @Test
    void aProviderPageListsItsCurrentCcioAndTheTenMostRecentPastOnesWithACountOfTheRest() throws Exception {
        long rte = jdbc.sql("select id from organisations.organisation where ods_code = 'RTE'").query(Long.class).single();
        for (int year = 2001; year <= 2012; year++) {
            var past = members.aMember().named("Dr Past " + year).create();
            jdbc.sql("""
                    insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on,
                        evidence, show_name, status)
                    values (:org, :member, 'CCIO', make_date(:year, 1, 1), make_date(:year, 12, 31), 'Letter', true, 'VERIFIED')""")
                    .param("org", rte).param("member", past.id()).param("year", year).update();
        }
        var now = members.aMember().named("Dr Present Day").create();
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, evidence,
                    show_name, status)
                values (:org, :member, 'CCIO', make_date(2013, 1, 1), 'Letter', true, 'VERIFIED')""")
                .param("org", rte).param("member", now.id()).update();

        String page = mvc.perform(get("/organisations/RTE")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<strong>Dr Present Day</strong>").contains("Dr Past 2012").contains("Dr Past 2003")
                .doesNotContain("Dr Past 2002").doesNotContain("Dr Past 2001")
                .contains("And 2 earlier appointments, not listed here.");
        assertThat(page.indexOf("Dr Past 2012")).isLessThan(page.indexOf("Dr Past 2003"));
    }

    @Test
    void anEndDateThatIsNoDateIsRefusedAndOneInTheFutureMeansToday() throws Exception {
        var member = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(member, "RWK");
        mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(mvc.perform(post("/organisations/appointments/" + id + "/end").with(csrf()).with(member.signedIn())
                .param("endedOn", "last tuesday")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select ended_on is null from organisations.appointment where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/organisations/appointments/" + id + "/end").with(csrf()).with(member.signedIn())
                .param("endedOn", "2999-01-01")).andReturn();
        assertThat(jdbc.sql("select ended_on from organisations.appointment where id = :id").param("id", id)
                .query(java.time.LocalDate.class).single()).isEqualTo(appointments.today());
    }

    @Test
    void anotherMemberCannotEndSomeoneElsesAppointment() throws Exception {
        var member = members.aMember().create();
        var stranger = members.aMember().create();
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        long id = claim(member, "RVN");
        MvcResult verified = mvc.perform(post("/admin/appointments/" + id + "/verify").with(csrf()).with(moderator.signedIn()))
                .andReturn();
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/admin/appointments");
        assertThat(status(id)).as("a verified appointment, so only the stranger's lack of right can refuse the end")
                .isEqualTo("VERIFIED");
        assertThat(mvc.perform(post("/organisations/appointments/" + id + "/end").with(csrf()).with(stranger.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select ended_on is null from organisations.appointment where id = :id").param("id", id)
                .query(Boolean.class).single()).as("the appointment is still current").isTrue();
    }

    @Test
    void aClaimWithBadDatesIsRefusedBesideTheField() throws Exception {
        var member = members.aMember().create();
        MvcResult future = mvc.perform(post("/organisations/RBS/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "CCIO").param("startedOn", "2999-01-01").param("evidence", "x")).andReturn();
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(future.getResponse().getContentAsString()).contains("The start date must be today or in the past");
        MvcResult order = mvc.perform(post("/organisations/RBS/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "CCIO").param("startedOn", "2025-01-01").param("endedOn", "2024-01-01").param("evidence", "x")).andReturn();
        assertThat(order.getResponse().getContentAsString()).contains("The end date must be after the start date");
        MvcResult garbage = mvc.perform(post("/organisations/RBS/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "CCIO").param("startedOn", "last tuesday").param("evidence", "x")).andReturn();
        assertThat(garbage.getResponse().getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from organisations.appointment where member_id = :id").param("id", member.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unknownOrganisationsAreNotFound() throws Exception {
        assertThat(mvc.perform(get("/organisations/NOPE1")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/organisations/<script>")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private long claim(Members.Created member, String ods) throws Exception {
        MvcResult result = mvc.perform(post("/organisations/" + ods + "/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "Chief Clinical Information Officer").param("startedOn", "2025-04-01")
                .param("evidence", "https://example.nhs.uk/board").param("showName", "true")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + ods);
        return jdbc.sql("select max(id) from organisations.appointment where member_id = :id").param("id", member.id())
                .query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status from organisations.appointment where id = :id").param("id", id).query(String.class).single();
    }

    private java.util.List<String> roles(long memberId) {
        return jdbc.sql("select role from accounts.member_role where member_id = :id").param("id", memberId).query(String.class).list();
    }

    private int audited(String action, long id) {
        return jdbc.sql("select count(*) from shared.audit_entry where action = :action and target like :target")
                .param("action", action).param("target", "appointment #" + id + " %").query(Integer.class).single();
    }
}
