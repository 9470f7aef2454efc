package org.ccionetwork.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.organisations.CampaignFigures;
import org.ccionetwork.organisations.Organisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A known set of providers, appointments and backers, built inside a transaction that is rolled back, and every
 * figure on the page and in the API checked against values worked out by hand (in the comments).
 */
@IntegrationTest
@Transactional
class CampaignFiguresTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Organisations organisations;

    @BeforeEach
    void knownWorld() {
        jdbc.sql("delete from organisations.appointment").update();
        jdbc.sql("update organisations.organisation set retired_at = '2000-01-01' where kind = 'NHS_PROVIDER'").update();
        jdbc.sql("delete from campaign.backer").update();
        long a1 = provider("ZZA01", "Alpha Acute", "acute", "London", null);
        long a2 = provider("ZZA02", "Beta Acute", "acute", "London", null);
        long a3 = provider("ZZA03", "Gamma Acute", "acute", "Midlands", null);
        long m1 = provider("ZZM01", "Delta Mental Health", "mental-health", "London", null);
        provider("ZZC01", "Epsilon Community", "community", "Midlands", null);
        long r1 = provider("ZZR01", "Retired Acute", "acute", "Midlands", "2026-06-30 12:00:00+01");
        appointment(a1, 1, "2026-01-15", null, "VERIFIED");
        appointment(a1, 2, "2026-03-01", null, "VERIFIED");     // joint post: the provider counts once
        appointment(a2, 3, "2026-02-10", "2026-04-30", "VERIFIED"); // ended
        appointment(a3, 4, "2026-01-01", null, "REJECTED");
        appointment(m1, 5, "2026-04-01", null, "VERIFIED");
        appointment(m1, 6, "2026-05-01", null, "PENDING");
        appointment(r1, 7, "2026-02-01", null, "VERIFIED");     // provider retired since
        backer("INDIVIDUAL", true, false, false);
        backer("INDIVIDUAL", true, false, false);
        backer("INDIVIDUAL", false, false, false);              // not confirmed
        backer("ROYAL_COLLEGE", true, true, false);
        backer("IT_COMPANY", true, false, false);               // waiting for a moderator
        backer("CHARITY", true, false, true);                   // rejected
    }

    @Test
    void theFiguresMatchTheHandWorkedValues() {
        CampaignFigures figures = organisations.figures();
        // Current providers: A1, A2, A3, M1, C1 = 5; with a CCIO now: A1, M1 = 2.
        assertThat(figures.total()).isEqualTo(new CampaignFigures.Count(5, 2));
        assertThat(figures.total().percentage()).isEqualTo(40.0);
        assertThat(groups(figures.bySector())).containsExactly(
                Map.entry("acute", new CampaignFigures.Count(3, 1)),
                Map.entry("community", new CampaignFigures.Count(1, 0)),
                Map.entry("mental-health", new CampaignFigures.Count(1, 1)));
        assertThat(groups(figures.byRegion())).containsExactly(
                Map.entry("London", new CampaignFigures.Count(3, 2)),
                Map.entry("Midlands", new CampaignFigures.Count(2, 0)));
        List<CampaignFigures.Month> months = figures.byMonth();
        // Jan: A1 starts. Feb: A2 and R1 start. Mar: A1's joint CCIO. Apr: M1 starts, A2 ends on the 30th.
        // Jun: R1 is retired on the 30th. From then on A1 and M1.
        assertThat(months.subList(0, 6)).extracting(m -> m.month().toString() + " " + m.newAppointments() + " " + m.providersWithCcio())
                .containsExactly("2026-01 1 1", "2026-02 2 3", "2026-03 1 3", "2026-04 1 3", "2026-05 0 3", "2026-06 0 2");
        assertThat(months.subList(6, months.size())).allSatisfy(m -> {
            assertThat(m.newAppointments()).isZero();
            assertThat(m.providersWithCcio()).isEqualTo(2);
        });
        assertThat(months.getLast().month()).isEqualTo(java.time.YearMonth.from(figures.asOf()));
    }

    @Test
    void thePageShowsTheFiguresAndTheirTables() throws Exception {
        String html = mvc.perform(get("/campaign")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<strong>2</strong> of 5 NHS providers").contains("<strong>40.0%</strong>")
                .contains("Backed by 3 organisations and individuals")
                .contains("data-label=\"Acute\" data-with-ccio=\"1\" data-providers=\"3\"")
                .contains("data-label=\"Mental health\" data-with-ccio=\"1\" data-providers=\"1\"")
                .contains("data-label=\"London\" data-with-ccio=\"2\" data-providers=\"3\"")
                .contains("<th scope=\"row\">February 2026</th><td class=\"text-end\">2</td><td class=\"text-end\">3</td>")
                .contains("<th scope=\"row\">Individuals</th><td class=\"text-end\">2</td>")
                .contains("<th scope=\"row\">Royal colleges</th><td class=\"text-end\">1</td>")
                .contains("<th scope=\"row\">IT companies</th><td class=\"text-end\">0</td>");
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("<strong>2</strong> of 5 NHS providers have a CCIO in post (40.0%)");
    }

    @Test
    void theOpenDataSaysTheSame() throws Exception {
        var response = mvc.perform(get("/api/v1/campaign/stats")).andReturn().getResponse();
        String json = response.getContentAsString();
        assertThat(json).contains("\"total\":{\"providers\":5,\"providersWithCcio\":2,\"percentage\":40.0}")
                .contains("{\"key\":\"acute\",\"label\":\"Acute\",\"providers\":3,\"providersWithCcio\":1,\"percentage\":33.3}")
                .contains("{\"key\":\"London\",\"label\":\"London\",\"providers\":3,\"providersWithCcio\":2,\"percentage\":66.7}")
                .contains("{\"month\":\"2026-02\",\"newAppointments\":2,\"providersWithCcio\":3}")
                .contains("\"INDIVIDUAL\":2").contains("\"ROYAL_COLLEGE\":1").contains("\"IT_COMPANY\":0")
                .contains("\"generatedAt\"");
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(mvc.perform(get("/api/v1/campaign/stats").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .isEqualTo(304);

        String csv = mvc.perform(get("/api/v1/campaign/appointments.csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).first().isEqualTo("organisation,ods_code,started_on,ended_on,ccio_name");
        assertThat(csv).contains("Alpha Acute,ZZA01,2026-01-15,,").contains("Beta Acute,ZZA02,2026-02-10,2026-04-30,")
                .doesNotContain("Gamma Acute").doesNotContain("2026-05-01");

        String register = mvc.perform(get("/api/v1/organisations").param("hasCcio", "true")).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("\"total\":2").contains("ZZA01").contains("ZZM01").doesNotContain("ZZA02");
    }

    @Test
    void aNewAppointmentChangesTheEtag() throws Exception {
        String before = mvc.perform(get("/api/v1/campaign/stats")).andReturn().getResponse().getHeader("ETag");
        long c1 = jdbc.sql("select id from organisations.organisation where ods_code = 'ZZC01'").query(Long.class).single();
        appointment(c1, 8, "2026-10-01", null, "VERIFIED");
        var after = mvc.perform(get("/api/v1/campaign/stats").header("If-None-Match", before)).andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getContentAsString()).contains("\"providersWithCcio\":3");
    }

    private long provider(String ods, String name, String sector, String region, String retiredAt) {
        return jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, ods_code, ods_name, sector, region, postcode, retired_at)
                values ('NHS_PROVIDER', :name, :slug, :ods, upper(:name), :sector, :region, 'ZZ1 1ZZ', cast(:retired as timestamptz)) returning id
                """)
                .param("name", name).param("slug", "test-" + ods.toLowerCase()).param("ods", ods).param("sector", sector)
                .param("region", region).param("retired", retiredAt).query(Long.class).single();
    }

    private void appointment(long organisation, long member, String started, String ended, String status) {
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on, evidence, status, updated_at)
                values (:organisation, :member, 'CCIO', :started, :ended, 'test', :status, clock_timestamp())
                """)
                .param("organisation", organisation).param("member", member).param("started", Date.valueOf(LocalDate.parse(started)))
                .param("ended", ended == null ? null : Date.valueOf(LocalDate.parse(ended))).param("status", status).update();
    }

    private int backers = 0;

    private void backer(String kind, boolean confirmed, boolean approved, boolean rejected) {
        jdbc.sql("""
                insert into campaign.backer (kind, name, email, confirmed_at, approved_at, rejected_at)
                values (:kind, :name, :email, case when :confirmed then now() end, case when :approved then now() end,
                        case when :rejected then now() end)
                """)
                .param("kind", kind).param("name", kind + " " + backers).param("email", "figures-" + (backers++) + "@example.org")
                .param("confirmed", confirmed).param("approved", approved).param("rejected", rejected).update();
    }

    private static List<Map.Entry<String, CampaignFigures.Count>> groups(List<CampaignFigures.Group> groups) {
        return groups.stream().map(g -> Map.entry(g.key(), g.count())).toList();
    }
}
