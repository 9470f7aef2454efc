package org.ccionetwork.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The standards tracker: the seeded list, who may set a provider's status (a current verified CCIO of that provider,
 * a moderator, an administrator; never a former CCIO), the messages beside the fields, the history and the audit,
 * and the provider page's table, history and "keep your standards up to date" panel.
 */
@IntegrationTest
class StandardsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    static LocalDate today() {
        return LocalDate.now(org.ccionetwork.shared.Dates.LONDON);
    }

    @Test
    void theSeededListHoldsTheCheckedStandardsAndKeepsTheRetiredOneOutOfTheFigures() throws Exception {
        String page = mvc.perform(get("/standards")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("NHS number", "SNOMED CT", "NHS dictionary of medicines and devices (dm+d)",
                "HL7 FHIR UK Core", "GP Connect", "NHS e-Referral Service (e-RS)", "PRSB eDischarge Summary Standard",
                "DCB0129", "DCB0160", "Digital Technology Assessment Criteria (DTAC)", "NHS Care Identity Service 2 (CIS2)")
                .doesNotContain("Choose and Book");
        var links = jdbc.sql("select link from standards.standard").query(String.class).list();
        assertThat(links).isNotEmpty().allMatch(link -> link.startsWith("https://"));
        assertThat(jdbc.sql("select retired_at is not null from standards.standard where slug = 'choose-and-book'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCurrentCcioSetsAStatusWhichIsKeptInTheHistoryAndAudited() throws Exception {
        var ccio = ccioAt("R1A");
        MvcResult form = mvc.perform(get("/organisations/R1A/standards/gp-connect").with(ccio.signedIn())).andReturn();
        assertThat(form.getResponse().getStatus()).isEqualTo(200);

        MvcResult saved = mvc.perform(status("R1A", "gp-connect", "PLANNED").param("targetOn", today().plusMonths(6).toString())
                .with(ccio.signedIn())).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/organisations/R1A#standards");
        mvc.perform(status("R1A", "gp-connect", "LIVE").param("liveSince", today().minusDays(3).toString())
                .param("note", "Live in outpatients").param("evidenceUrl", "https://example.nhs.uk/gp-connect").with(ccio.signedIn()));

        assertThat(current("R1A", "gp-connect")).isEqualTo("LIVE");
        var history = jdbc.sql("""
                select from_status || '>' || to_status || ':' || changed_as from standards.status_change c
                join standards.standard s on s.id = c.standard_id
                where c.organisation_id = (select id from organisations.organisation where ods_code = 'R1A') and s.slug = 'gp-connect'
                order by c.id""").query(String.class).list();
        assertThat(history).containsExactly("NOT_KNOWN>PLANNED:CCIO", "PLANNED>LIVE:CCIO");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'STANDARD_STATUS_SET' and target = 'R1A / gp-connect' and actor_id = :id")
                .param("id", ccio.id()).query(Long.class).single()).isEqualTo(2);

        String page = mvc.perform(get("/organisations/R1A")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"standards\"", "Live in outpatients", "https://example.nhs.uk/gp-connect",
                "History of changes", "A CCIO of this provider");
        // The public history names the capacity, never the person (the audit log does).
        assertThat(page.substring(page.indexOf("History of changes"))).doesNotContain(ccio.name());
    }

    @Test
    void aFormerCcioCannotChangeAStatusNorSeeTheForm() throws Exception {
        var former = members.aMember().create();
        appointment(former.id(), "R1D", today().minusYears(2), today().minusDays(10));
        assertThat(mvc.perform(get("/organisations/R1D/standards/snomed-ct").with(former.signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(status("R1D", "snomed-ct", "LIVE").param("liveSince", "2025-01-01").with(former.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(current("R1D", "snomed-ct")).isNull();
        String page = mvc.perform(get("/organisations/R1D").with(former.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Keep your standards up to date").doesNotContain("/organisations/R1D/standards/snomed-ct");
    }

    @Test
    void aCcioOfAnotherProviderAMemberAndAnEditorCannotButAModeratorCan() throws Exception {
        var elsewhere = ccioAt("R1F");
        var member = members.aMember().create();
        var editor = members.aMember().withRole(Role.EDITOR).create();
        for (var who : new Members.Created[] {elsewhere, member, editor}) {
            assertThat(mvc.perform(status("R1H", "dm-d", "IN_PROGRESS").with(who.signedIn())).andReturn().getResponse()
                    .getStatus()).as(who.email()).isEqualTo(403);
        }
        assertThat(mvc.perform(status("R1H", "dm-d", "IN_PROGRESS")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
        assertThat(current("R1H", "dm-d")).isNull();

        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        mvc.perform(status("R1H", "dm-d", "IN_PROGRESS").with(moderator.signedIn()));
        assertThat(current("R1H", "dm-d")).isEqualTo("IN_PROGRESS");
        assertThat(jdbc.sql("""
                select changed_as from standards.status_change where changed_by = :id""").param("id", moderator.id())
                .query(String.class).single()).isEqualTo("MODERATOR");
    }

    static Stream<Arguments> badStatuses() {
        return Stream.of(
                Arguments.of("LIVE", "liveSince", "", "Enter the date it went live"),
                Arguments.of("LIVE", "liveSince", today().plusDays(1).toString(), "cannot be in the future"),
                Arguments.of("LIVE", "liveSince", "2026-02-31", "as a real date"),
                Arguments.of("PLANNED", "targetOn", "", "Enter the target date of the plan"),
                Arguments.of("PLANNED", "targetOn", today().minusDays(1).toString(), "The target date has passed"),
                Arguments.of("IN_PROGRESS", "evidenceUrl", "ftp://example.org/file", "starting with http:// or https://"),
                Arguments.of("IN_PROGRESS", "evidenceUrl", "javascript:alert(1)", "starting with http:// or https://"),
                Arguments.of("IN_PROGRESS", "note", "x".repeat(501), "500 characters or fewer"),
                Arguments.of("SOMETHING", "note", "", "Choose where your organisation stands"));
    }

    @ParameterizedTest(name = "{0} with {1}={2}")
    @MethodSource("badStatuses")
    void badInputGetsTheMessageBesideTheFieldAndSavesNothing(String chosen, String field, String value, String message)
            throws Exception {
        var ccio = ccioAt("R1K");
        MvcResult result = mvc.perform(status("R1K", "fhir-uk-core", chosen).param(field, value).with(ccio.signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains(message).contains("class=\"invalid-message\"").contains("There is a problem");
        if (!value.isEmpty() && value.length() < 100) {
            assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(value));
        }
        assertThat(current("R1K", "fhir-uk-core")).isNull();
    }

    @Test
    void theCcioSeesWhatIsStaleAndOthersDoNot() throws Exception {
        var ccio = ccioAt("R1L");
        mvc.perform(status("R1L", "e-referral-service", "NOT_STARTED").with(ccio.signedIn()));
        mvc.perform(status("R1L", "cis2", "PLANNED").param("targetOn", today().plusDays(30).toString()).with(ccio.signedIn()));
        // Nothing changed for over a year; a plan whose date has passed.
        jdbc.sql("""
                update standards.provider_status set changed_at = now() - interval '13 months'
                where organisation_id = (select id from organisations.organisation where ods_code = 'R1L')
                  and standard_id = (select id from standards.standard where slug = 'e-referral-service')""").update();
        jdbc.sql("""
                update standards.provider_status set target_on = current_date - 5
                where organisation_id = (select id from organisations.organisation where ods_code = 'R1L')
                  and standard_id = (select id from standards.standard where slug = 'cis2')""").update();

        String mine = mvc.perform(get("/organisations/R1L").with(ccio.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Keep your standards up to date", "Needs a look")
                .contains("/organisations/R1L/standards/e-referral-service\">NHS e-Referral Service (e-RS)</a>")
                .contains("/organisations/R1L/standards/cis2\">NHS Care Identity Service 2 (CIS2)</a>");
        String visitor = mvc.perform(get("/organisations/R1L")).andReturn().getResponse().getContentAsString();
        assertThat(visitor).contains("Not started").doesNotContain("Keep your standards up to date")
                .doesNotContain("/organisations/R1L/standards/");
    }

    @Test
    void aRetiredStandardTakesNoNewStatus() throws Exception {
        var ccio = ccioAt("RA2");
        assertThat(mvc.perform(status("RA2", "choose-and-book", "LIVE").param("liveSince", "2014-01-01")
                .with(ccio.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(status("RA2", "no-such-standard", "LIVE").with(ccio.signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Autowired
    NationalPicture picture;

    @Test
    void theNationalPictureCountsByStandardSectorRegionMonthAndCcio() throws Exception {
        var ccio = ccioAt("RA7");
        long mesh = jdbc.sql("select id from standards.standard where slug = 'mesh'").query(Long.class).single();
        var before = picture.figures();
        mvc.perform(status("RA7", "mesh", "IN_PROGRESS").with(ccio.signedIn()));
        mvc.perform(status("RA7", "mesh", "LIVE").param("liveSince", today().minusMonths(2).toString()).with(ccio.signedIn()));
        var after = picture.figures();
        assertThat(after.counts(mesh).live()).isEqualTo(before.counts(mesh).live() + 1);
        assertThat(after.counts(mesh).inProgress()).isEqualTo(before.counts(mesh).inProgress());
        assertThat(after.byMonth().get(mesh).getLast().live()).isEqualTo(before.byMonth().get(mesh).getLast().live() + 1);
        assertThat(after.byMonth().get(mesh).getLast().inProgress()).isEqualTo(before.byMonth().get(mesh).getLast().inProgress());
        assertThat(after.byMonth().get(mesh)).hasSize(NationalPicture.MONTHS);
        var southWest = after.byRegion().get(mesh).stream().filter(g -> g.key().equals("South West")).findFirst().orElseThrow();
        var southWestBefore = before.byRegion().get(mesh).stream().filter(g -> g.key().equals("South West")).findFirst().orElseThrow();
        assertThat(southWest.counts().live()).isEqualTo(southWestBefore.counts().live() + 1);
        assertThat(after.comparison().byStandardWithCcio().get(mesh).live())
                .isEqualTo(before.comparison().byStandardWithCcio().get(mesh).live() + 1);
        String page = mvc.perform(get("/standards").param("standard", "mesh")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Message Exchange for Social Care and Health (MESH): by sector, by region and over time")
                .contains("<svg role=\"img\"").contains("By sector").contains("By region").contains("Over time")
                .contains("With a CCIO and without").contains("association, not a cause");
        String filtered = mvc.perform(get("/standards").param("hasCcio", "true").param("region", "South West"))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("/organisations/RA7#standards");
        String without = mvc.perform(get("/standards").param("hasCcio", "false")).andReturn().getResponse().getContentAsString();
        assertThat(without).doesNotContain("/organisations/RA7#standards");
    }

    @Test
    void theCampaignPageShowsTheComparisonAndSaysItIsAnAssociation() throws Exception {
        String page = mvc.perform(get("/campaign")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Standards adoption, with a CCIO and without").contains("association, not a cause");
    }

    @Test
    void standardsAreInTheSiteWideSearch() throws Exception {
        String page = mvc.perform(get("/search").param("q", "discharge summary")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/standards?standard=prsb-edischarge-summary");
    }

    private MockHttpServletRequestBuilder status(String ods, String slug, String status) {
        return post("/organisations/" + ods + "/standards/" + slug).with(csrf()).param("status", status);
    }

    Members.Created ccioAt(String ods) {
        var ccio = members.aMember().withRole(Role.CCIO).create();
        appointment(ccio.id(), ods, today().minusYears(1), null);
        return ccio;
    }

    void appointment(long member, String ods, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on, evidence,
                    show_name, status, decided_at)
                select id, :member, 'Chief Clinical Information Officer', :from, :to, 'Letter', true, 'VERIFIED', now()
                from organisations.organisation where ods_code = :ods""")
                .param("member", member).param("from", java.sql.Date.valueOf(from))
                .param("to", to == null ? null : java.sql.Date.valueOf(to)).param("ods", ods).update();
    }

    String current(String ods, String slug) {
        return jdbc.sql("""
                select p.status from standards.provider_status p
                join standards.standard s on s.id = p.standard_id
                join organisations.organisation o on o.id = p.organisation_id
                where o.ods_code = :ods and s.slug = :slug""").param("ods", ods).param("slug", slug)
                .query(String.class).optional().orElse(null);
    }
}
