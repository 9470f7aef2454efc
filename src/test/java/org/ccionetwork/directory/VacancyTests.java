package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class VacancyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    static LocalDate today() {
        return LocalDate.now(Dates.LONDON);
    }

    @Test
    void anEditorPostsAVacancyThatIsListedFilteredFedAndShownOnTheOrganisationPage() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "CCIO " + UUID.randomUUID().toString().substring(0, 8);
        var posted = mvc.perform(post("/vacancies").with(csrf()).with(editor.signedIn()).param("organisation", "RXA")
                .param("title", title).param("sessions", "3 PAs a week").param("closingOn", today().plusDays(10).toString())
                .param("applyUrl", "https://www.jobs.nhs.uk/example")).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/vacancies");

        assertThat(body("/vacancies")).contains(title).contains("Cheshire and Wirral Partnership NHS Foundation Trust")
                .contains("Closes " + Dates.date(today().plusDays(10)));
        assertThat(body("/vacancies?region=North+West&sector=mental-health")).contains(title);
        assertThat(body("/vacancies?region=London")).doesNotContain(title);
        assertThat(body("/vacancies?sector=acute")).doesNotContain(title);
        assertThat(body("/organisations/RXA")).contains("Open vacancy").contains(title);
        assertThat(body("/api/v1/vacancies")).contains("\"title\":\"" + title + "\"").contains("\"odsCode\":\"RXA\"");
        String atom = body("/vacancies/feed.atom");
        assertThat(atom).contains("<feed").contains("http://www.w3.org/2005/Atom").contains(title);
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'VACANCY_POSTED' and details like :t")
                .param("t", title + "%").query(Integer.class).single()).isEqualTo(1);

        long id = jdbc.sql("select id from directory.vacancy where title = :t").param("t", title).query(Long.class).single();
        mvc.perform(post("/vacancies/" + id + "/withdraw").with(csrf()).with(editor.signedIn())).andReturn();
        assertThat(body("/vacancies")).doesNotContain(title);
    }

    @Test
    void aVacancyDropsOffAfterItsClosingDate() throws Exception {
        String open = "Closes today " + UUID.randomUUID().toString().substring(0, 8);
        String closed = "Closed yesterday " + UUID.randomUUID().toString().substring(0, 8);
        insert(open, today());
        insert(closed, today().minusDays(1));
        assertThat(body("/vacancies")).contains(open).doesNotContain(closed);
        assertThat(body("/api/v1/vacancies")).contains(open).doesNotContain(closed);
    }

    @Test
    void aVacancyWithMistakesIsRefusedBesideEachField() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var result = mvc.perform(post("/vacancies").with(csrf()).with(editor.signedIn()).param("organisation", "NOPE1")
                .param("title", "").param("sessions", "").param("closingOn", today().minusDays(1).toString())
                .param("applyUrl", "javascript:alert(1)")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Select the organisation from the register")
                .contains("Enter the job title").contains("Enter the sessions or hours")
                .contains("The closing date must be today or later").contains("Enter a web address starting with https://");
    }

    private void insert(String title, LocalDate closing) {
        jdbc.sql("""
                insert into directory.vacancy (organisation_id, organisation_name, ods_code, sector, region, title, sessions,
                    closing_on, apply_url, posted_by)
                select id, name, ods_code, sector, region, :title, '2 PAs', :closing, 'https://www.jobs.nhs.uk/', 0
                from organisations.organisation where ods_code = 'RBS'
                """).param("title", title).param("closing", java.sql.Date.valueOf(closing)).update();
    }

    private String body(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
