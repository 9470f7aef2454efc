package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class NetworkPagesTests {

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
}
