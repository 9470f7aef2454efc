package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.events.Events;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class NetworkPagesTests {

    @Autowired
    Events events;

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorChangesTheAboutPageSafely() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        MvcResult saved = mvc.perform(post("/admin/news/pages/about").with(csrf()).with(editor.signedIn())
                .param("title", "About us").param("body", "## Our story\n\nIt began with a campaign. <script>alert(1)</script>"))
                .andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/about");
        String page = mvc.perform(get("/about")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2>Our story</h2>").contains("It began with a campaign.").doesNotContain("<script>alert");

        MvcResult empty = mvc.perform(post("/admin/news/pages/about").with(csrf()).with(editor.signedIn())
                .param("title", "About us").param("body", "")).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(422);
        assertThat(empty.getResponse().getContentAsString()).contains("Enter the text of the page");
    }

    @Test
    void thePartnersPageListsPartnersAndSponsorsByTier() throws Exception {
        String name = "Test Sponsor " + System.nanoTime();
        jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, website, description, partnership)
                values ('IT_SUPPLIER', :name, :slug, 'https://sponsor.example', 'Makes clinical software.', 'FOUNDATION_SPONSOR')""")
                .param("name", name).param("slug", "test-sponsor-" + System.nanoTime()).update();
        String page = mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Foundation sponsors").contains(name).contains("Makes clinical software.")
                .contains("href=\"https://sponsor.example\"");
    }

    @Test
    void thePartnersPageShowsTheEventsEachSponsorSupportsComingOnesFirstAndNoDrafts() throws Exception {
        String tag = String.valueOf(System.nanoTime());
        long sponsor = jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, partnership)
                values ('IT_SUPPLIER', :name, :slug, 'SPONSOR') returning id""")
                .param("name", "Event Sponsor " + tag).param("slug", "event-sponsor-" + tag).query(Long.class).single();
        var past = events.anEvent().titled("Past sponsored " + tag).heldAgo(java.time.Duration.ofDays(30)).create();
        var coming = events.anEvent().titled("Coming sponsored " + tag).startingIn(java.time.Duration.ofDays(10)).create();
        var draft = events.anEvent().titled("Draft sponsored " + tag).startingIn(java.time.Duration.ofDays(5)).draft().create();
        for (long event : new long[] {past.id(), coming.id(), draft.id()}) {
            jdbc.sql("insert into events.event_sponsor (event_id, organisation_id) values (:e, :o)")
                    .param("e", event).param("o", sponsor).update();
        }

        String page = mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String section = page.substring(page.indexOf("Event Sponsor " + tag));
        assertThat(section).contains("href=\"/events/" + coming.slug() + "\"").contains("href=\"/events/" + past.slug() + "\"")
                .doesNotContain("Draft sponsored " + tag);
        assertThat(section.indexOf("Coming sponsored " + tag)).isLessThan(section.indexOf("Past sponsored " + tag));
    }
}
