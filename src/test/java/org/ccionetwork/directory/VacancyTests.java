package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.Dates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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

    static final Instant POSTED = Instant.parse("2026-01-02T10:00:00Z");

    @Test
    void anEditorCorrectsAVacancyAndTheListThePageAndBothFeedsShowTheEdit() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Deputy CCIO " + UUID.randomUUID().toString().substring(0, 8);
        String corrected = "Chief Clinical Information Officer " + UUID.randomUUID().toString().substring(0, 8);
        long id = insert(title, today().plusDays(5));
        assertThat(entry(id).getUpdatedDate()).isEqualTo(Date.from(POSTED));

        String form = editorBody("/vacancies/" + id + "/edit", editor);
        assertThat(form).contains("Edit the vacancy").contains("value=\"" + title + "\"").contains("value=\"2 PAs\"")
                .contains("value=\"" + today().plusDays(5) + "\"").contains("action=\"/vacancies/" + id + "\"");

        var saved = mvc.perform(edit(id, "RXA", corrected, "4 PAs a week", today().plusDays(20), "https://www.jobs.nhs.uk/corrected")
                .with(editor.signedIn())).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/vacancies/" + id);

        assertThat(body("/vacancies")).contains(corrected).doesNotContain(title).contains("href=\"/vacancies/" + id + "\"");
        assertThat(body("/vacancies?region=North+West")).contains(corrected);
        assertThat(body("/vacancies/" + id)).contains(corrected).contains("4 PAs a week")
                .contains("Cheshire and Wirral Partnership NHS Foundation Trust").contains(Dates.date(today().plusDays(20)))
                .contains("https://www.jobs.nhs.uk/corrected").doesNotContain("This vacancy has closed")
                .doesNotContain("/vacancies/" + id + "/edit");
        assertThat(editorBody("/vacancies/" + id, editor)).contains("href=\"/vacancies/" + id + "/edit\"");
        assertThat(body("/organisations/RXA")).contains("href=\"/vacancies/" + id + "\"").contains(corrected);
        assertThat(body("/api/v1/vacancies")).contains("\"title\":\"" + corrected + "\"").doesNotContain(title)
                .contains("/vacancies/" + id + "\"").contains("\"closingOn\":\"" + today().plusDays(20) + "\"");

        SyndEntry entry = entry(id);
        assertThat(entry.getTitle()).startsWith(corrected);
        assertThat(entry.getLink()).endsWith("/vacancies/" + id);
        assertThat(entry.getPublishedDate()).isEqualTo(Date.from(POSTED));
        assertThat(entry.getUpdatedDate()).isAfter(Date.from(POSTED));
        String updatedAt = jdbc.sql("select updated_at from directory.vacancy where id = :id").param("id", id)
                .query(Instant.class).single().toString();
        assertThat(body("/api/v1/vacancies")).contains("\"updatedAt\":\"" + updatedAt + "\"");

        assertThat(audit("VACANCY_EDITED", id)).singleElement().asString().contains(corrected)
                .contains("organisation from RBS to RXA").contains("title from \"" + title + "\"").contains("sessions")
                .contains("link to apply").doesNotContain("reopened");
    }

    @Test
    void anEditWithMistakesIsRefusedBesideEachFieldKeepingWhatWasTyped() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Unchanged " + UUID.randomUUID().toString().substring(0, 8);
        long id = insert(title, today().plusDays(5));
        String typed = "Typed title " + UUID.randomUUID().toString().substring(0, 8);
        var response = mvc.perform(edit(id, "NOPE1", typed, "", today().minusDays(1), "ftp://example.org/typed")
                .with(editor.signedIn())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("Select the organisation from the register")
                .contains("Enter the sessions or hours").contains("The closing date must be today or later")
                .contains("Enter a web address starting with https://").contains("value=\"" + typed + "\"")
                .contains("value=\"ftp://example.org/typed\"").contains("value=\"" + today().minusDays(1) + "\"")
                .contains("action=\"/vacancies/" + id + "\"");
        assertThat(body("/vacancies/" + id)).contains(title).doesNotContain(typed);
        assertThat(audit("VACANCY_EDITED", id)).isEmpty();
    }

    @Test
    void aClosedVacancySaysSoAndAnEditorReopensItByExtendingTheClosingDate() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Closed " + UUID.randomUUID().toString().substring(0, 8);
        long id = insert(title, today().minusDays(1));
        var closed = mvc.perform(get("/vacancies/" + id)).andReturn().getResponse();
        closed.setCharacterEncoding("UTF-8");
        assertThat(closed.getStatus()).isEqualTo(410);
        assertThat(closed.getContentAsString()).contains("This vacancy has closed").contains(title)
                .doesNotContain("How to apply");
        assertThat(editorBody("/vacancies/" + id + "/edit", editor)).contains("Save and reopen");

        mvc.perform(edit(id, "RBS", title, "2 PAs", today().plusDays(7), "https://www.jobs.nhs.uk/").with(editor.signedIn()))
                .andReturn();
        assertThat(body("/vacancies/" + id)).contains("How to apply").doesNotContain("This vacancy has closed");
        assertThat(body("/vacancies")).contains(title);
        assertThat(audit("VACANCY_EDITED", id)).singleElement().asString().contains("closing date from")
                .contains("reopened");
    }

    @Test
    void aWithdrawnVacancySaysItHasClosedAndEditingReopensIt() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Withdrawn " + UUID.randomUUID().toString().substring(0, 8);
        long id = insert(title, today().plusDays(3));
        mvc.perform(post("/vacancies/" + id + "/withdraw").with(csrf()).with(editor.signedIn())).andReturn();
        assertThat(audit("VACANCY_WITHDRAWN", id)).hasSize(1);
        var withdrawn = mvc.perform(get("/vacancies/" + id)).andReturn().getResponse();
        withdrawn.setCharacterEncoding("UTF-8");
        assertThat(withdrawn.getStatus()).isEqualTo(410);
        assertThat(withdrawn.getContentAsString()).contains("This vacancy has closed").contains("withdrawn");
        assertThat(body("/api/v1/vacancies")).doesNotContain(title);

        mvc.perform(edit(id, "RBS", title, "2 PAs", today().plusDays(3), "https://www.jobs.nhs.uk/").with(editor.signedIn()))
                .andReturn();
        assertThat(body("/api/v1/vacancies")).contains(title);
        assertThat(audit("VACANCY_EDITED", id)).singleElement().asString().contains("no changes").contains("reopened");
    }

    @Test
    void onlyEditorsAndAdministratorsEditAVacancy() throws Exception {
        String title = "Guarded " + UUID.randomUUID().toString().substring(0, 8);
        long id = insert(title, today().plusDays(5));
        String changed = "Changed " + UUID.randomUUID().toString().substring(0, 8);
        var member = members.aMember().create();
        var admin = members.aMember().withRole(Role.ADMIN).create();

        assertThat(mvc.perform(get("/vacancies/" + id + "/edit")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(edit(id, "RBS", changed, "2 PAs", today().plusDays(5), "https://www.jobs.nhs.uk/"))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.perform(get("/vacancies/" + id + "/edit").with(member.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(edit(id, "RBS", changed, "2 PAs", today().plusDays(5), "https://www.jobs.nhs.uk/")
                .with(member.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(body("/vacancies/" + id)).contains(title).doesNotContain(changed);

        assertThat(mvc.perform(get("/vacancies/" + id + "/edit").with(admin.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(edit(id, "RBS", changed, "2 PAs", today().plusDays(5), "https://www.jobs.nhs.uk/")
                .with(admin.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(body("/vacancies/" + id)).contains(changed);
        assertThat(mvc.perform(get("/vacancies/999999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private MockHttpServletRequestBuilder edit(long id, String organisation, String title, String sessions, LocalDate closing,
            String applyUrl) {
        return post("/vacancies/" + id).with(csrf()).param("organisation", organisation).param("title", title)
                .param("sessions", sessions).param("closingOn", closing.toString()).param("applyUrl", applyUrl)
                .param("summary", "");
    }

    private java.util.List<String> audit(String action, long id) {
        return jdbc.sql("select details from shared.audit_entry where action = :action and target like :target")
                .param("action", action).param("target", "vacancy #" + id + " at %").query(String.class).list();
    }

    private SyndEntry entry(long id) throws Exception {
        var feed = new SyndFeedInput().build(new StringReader(body("/vacancies/feed.atom")));
        return feed.getEntries().stream().filter(e -> e.getUri().endsWith("/vacancies/" + id)).findFirst().orElseThrow();
    }

    private String editorBody(String path, Members.Created editor) throws Exception {
        var response = mvc.perform(get(path).with(editor.signedIn())).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private long insert(String title, LocalDate closing) {
        return jdbc.sql("""
                insert into directory.vacancy (organisation_id, organisation_name, ods_code, sector, region, title, sessions,
                    closing_on, apply_url, posted_by, created_at, updated_at)
                select id, name, ods_code, sector, region, :title, '2 PAs', :closing, 'https://www.jobs.nhs.uk/', 0, :posted, :posted
                from organisations.organisation where ods_code = 'RBS'
                returning id
                """).param("title", title).param("closing", java.sql.Date.valueOf(closing))
                .param("posted", java.sql.Timestamp.from(POSTED)).query(Long.class).single();
    }

    private String body(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
