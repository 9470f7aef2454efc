package org.ccionetwork.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Editors keep the list of standards; every change is audited; bad input gets its message beside the field. */
@IntegrationTest
class StandardsAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorAddsChangesAndRetiresAStandardAndEachIsAudited() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String name = "Test standard " + UUID.randomUUID().toString().substring(0, 6);
        MvcResult added = mvc.perform(post("/admin/standards").with(csrf()).with(editor.signedIn()).param("name", name)
                .param("description", "A standard for tests.").param("link", "https://example.org/standard")
                .param("kind", "TERMINOLOGIES").param("position", "500")).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/admin/standards");
        String slug = jdbc.sql("select slug from standards.standard where name = :name").param("name", name).query(String.class).single();
        assertThat(audits("STANDARD_ADDED", slug)).isEqualTo(1);
        assertThat(mvc.perform(get("/standards")).andReturn().getResponse().getContentAsString()).contains(name);

        mvc.perform(post("/admin/standards/" + slug).with(csrf()).with(editor.signedIn()).param("name", name)
                .param("description", "A standard for tests.").param("link", "https://example.org/standard")
                .param("kind", "TERMINOLOGIES").param("position", "500").param("retired", "true"));
        assertThat(jdbc.sql("select retired_at is not null from standards.standard where slug = :slug").param("slug", slug)
                .query(Boolean.class).single()).isTrue();
        assertThat(audits("STANDARD_CHANGED", slug)).isEqualTo(1);
        assertThat(mvc.perform(get("/standards")).andReturn().getResponse().getContentAsString()).doesNotContain(name);
    }

    @Test
    void aBadLinkOrMissingNameGetsItsMessageAndAddsNothing() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        long before = jdbc.sql("select count(*) from standards.standard").query(Long.class).single();
        MvcResult result = mvc.perform(post("/admin/standards").with(csrf()).with(editor.signedIn()).param("name", "")
                .param("description", "Kept as typed").param("link", "javascript:alert(1)").param("kind", "NOPE")
                .param("position", "x")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Enter the standard", "starting with http:// or https://",
                "Choose a kind", "Enter a whole number", "Kept as typed");
        assertThat(jdbc.sql("select count(*) from standards.standard").query(Long.class).single()).isEqualTo(before);
    }

    private long audits(String action, String slug) {
        return jdbc.sql("select count(*) from shared.audit_entry where action = :action and target = :target")
                .param("action", action).param("target", "standard " + slug).query(Long.class).single();
    }
}
