package org.ccionetwork.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The monthly "keep your standards up to date" email: at most one a month, with a one-click opt-out. */
@IntegrationTest
class StandardsReminderTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reminders reminders;

    @Test
    void aCcioWithStaleEntriesGetsAtMostOneReminderAMonth() {
        var ccio = ccioAt("RAE");
        reminders.sendDue();
        assertThat(emails(ccio.email())).isEqualTo(1);
        String body = jdbc.sql("select body_text from shared.outbox_email where to_address = :to").param("to", ccio.email())
                .query(String.class).single();
        assertThat(body).contains("not recorded yet", "/organisations/RAE", "/email/standards/unsubscribe?member=" + ccio.id());
        assertThat(jdbc.sql("select headers from shared.outbox_email where to_address = :to").param("to", ccio.email())
                .query(String.class).single()).contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

        reminders.sendDue();
        assertThat(emails(ccio.email())).as("a second run the same month sends nothing").isEqualTo(1);

        jdbc.sql("update standards.reminder set last_sent_at = last_sent_at - interval '1 month 1 day' where member_id = :m")
                .param("m", ccio.id()).update();
        reminders.sendDue();
        assertThat(emails(ccio.email())).as("a month later, the next one").isEqualTo(2);
    }

    @Test
    void aCcioWhoseEntriesAreAllRecentAndRecordedGetsNoReminder() {
        var ccio = ccioAt("RAS");
        jdbc.sql("""
                insert into standards.provider_status (organisation_id, standard_id, status, changed_by, changed_at)
                select o.id, s.id, 'NOT_STARTED', :m, now() - interval '2 months'
                from organisations.organisation o, standards.standard s
                where o.ods_code = 'RAS' and s.retired_at is null""").param("m", ccio.id()).update();
        reminders.sendDue();
        assertThat(emails(ccio.email())).isZero();

        jdbc.sql("""
                update standards.provider_status set changed_at = now() - interval '13 months'
                where organisation_id = (select id from organisations.organisation where ods_code = 'RAS')
                  and standard_id = (select id from standards.standard where slug = 'dtac')""").update();
        reminders.sendDue();
        assertThat(emails(ccio.email())).isEqualTo(1);
        assertThat(jdbc.sql("select body_text from shared.outbox_email where to_address = :to").param("to", ccio.email())
                .query(String.class).single()).contains("to check: Digital Technology Assessment Criteria (DTAC) (not started")
                .doesNotContain("not recorded yet");
    }

    @Test
    void aFormerCcioGetsNoReminder() {
        var former = members.aMember().create();
        appointment(former.id(), "RAJ", LocalDate.now().minusYears(2), LocalDate.now().minusDays(3));
        reminders.sendDue();
        assertThat(emails(former.email())).isZero();
    }

    @Test
    void theSignedLinkOptsOutInOneClickAndNothingElseDoes() throws Exception {
        var ccio = ccioAt("RAN");
        String link = reminders.link(ccio.id());
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(mvc.perform(get("/email/standards/unsubscribe").param("member", Long.toString(ccio.id())).param("token", token))
                .andReturn().getResponse().getContentAsString()).contains("Stop the reminders");
        assertThat(optedOut(ccio.id())).as("following the link only asks").isFalse();

        assertThat(mvc.perform(post("/email/standards/unsubscribe").param("member", Long.toString(ccio.id())).param("token", "forged"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        var other = members.aMember().create();
        assertThat(mvc.perform(post("/email/standards/unsubscribe").param("member", Long.toString(other.id())).param("token", token))
                .andReturn().getResponse().getStatus()).as("a token is for one member only").isEqualTo(404);
        assertThat(optedOut(ccio.id())).isFalse();

        // The mail program's one-click POST: no session, no CSRF token.
        assertThat(mvc.perform(post("/email/standards/unsubscribe").param("member", Long.toString(ccio.id())).param("token", token)
                .param("List-Unsubscribe", "One-Click")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(optedOut(ccio.id())).isTrue();
        reminders.sendDue();
        assertThat(emails(ccio.email())).isZero();

        String page = mvc.perform(get("/organisations/RAN").with(ccio.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Turn reminders on again");
        mvc.perform(post("/standards/reminders").param("back", "RAN")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(ccio.signedIn()));
        assertThat(optedOut(ccio.id())).isFalse();
    }

    private boolean optedOut(long member) {
        return jdbc.sql("select exists (select 1 from standards.reminder where member_id = :m and opted_out_at is not null)")
                .param("m", member).query(Boolean.class).single();
    }

    private long emails(String to) {
        return jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject = 'Keep your standards up to date'")
                .param("to", to).query(Long.class).single();
    }

    private Members.Created ccioAt(String ods) {
        var ccio = members.aMember().withRole(Role.CCIO).create();
        appointment(ccio.id(), ods, LocalDate.now().minusYears(1), null);
        return ccio;
    }

    private void appointment(long member, String ods, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on, evidence,
                    show_name, status, decided_at)
                select id, :member, 'Chief Clinical Information Officer', :from, :to, 'Letter', true, 'VERIFIED', now()
                from organisations.organisation where ods_code = :ods""")
                .param("member", member).param("from", java.sql.Date.valueOf(from))
                .param("to", to == null ? null : java.sql.Date.valueOf(to)).param("ods", ods).update();
    }
}
