package org.ccionetwork.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class MemberAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorChangesRolesAndTheChangeIsAudited() throws Exception {
        var admin = members.aMember().withRole(Role.ADMIN).named("Chief Admin").create();
        var member = members.aMember().named("Future Editor").create();
        MvcResult result = mvc.perform(post("/admin/members/" + member.id() + "/roles").with(csrf()).with(admin.signedIn())
                .param("roles", "EDITOR").param("roles", "CCIO")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/members/" + member.id());
        assertThat(jdbc.sql("select string_agg(role, ',' order by role) from accounts.member_role where member_id = :id")
                .param("id", member.id()).query(String.class).single()).isEqualTo("CCIO,EDITOR,MEMBER");
        String details = jdbc.sql("select actor_label || '|' || details from shared.audit_entry where action = 'ROLES_CHANGED' and target like :target")
                .param("target", "member #" + member.id() + " %").query(String.class).single();
        assertThat(details).startsWith("Chief Admin (#" + admin.id() + ")|").contains("Member → Member, CCIO, Editor");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() throws Exception {
        var admin = members.aMember().withRole(Role.ADMIN).create();
        MvcResult result = mvc.perform(post("/admin/members/" + admin.id() + "/roles").with(csrf()).with(admin.signedIn())
                .param("roles", "EDITOR")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from accounts.member_role where member_id = :id and role = 'ADMIN'")
                .param("id", admin.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aModeratorSuspendsAndReinstatesAMember() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var member = members.aMember().create();
        MvcResult missingReason = mvc.perform(post("/admin/members/" + member.id() + "/suspend").with(csrf())
                .with(moderator.signedIn()).param("reason", "")).andReturn();
        assertThat(missingReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(missingReason.getResponse().getContentAsString()).contains("Give the reason for the suspension");

        MvcResult past = mvc.perform(post("/admin/members/" + member.id() + "/suspend").with(csrf())
                .with(moderator.signedIn()).param("until", "2020-01-01").param("reason", "Spam")).andReturn();
        assertThat(past.getResponse().getStatus()).isEqualTo(422);

        String until = LocalDate.now().plusDays(7).toString();
        mvc.perform(post("/admin/members/" + member.id() + "/suspend").with(csrf()).with(moderator.signedIn())
                .param("until", until).param("reason", "Repeated spam")).andReturn();
        assertThat(status(member.id())).isEqualTo("SUSPENDED");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'MEMBER_SUSPENDED' and target like :target")
                .param("target", "member #" + member.id() + " %").query(Integer.class).single()).isEqualTo(1);

        mvc.perform(post("/admin/members/" + member.id() + "/reinstate").with(csrf()).with(moderator.signedIn())).andReturn();
        assertThat(status(member.id())).isEqualTo("ACTIVE");
    }

    @Test
    void aModeratorCannotChangeRoles() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        var member = members.aMember().create();
        MvcResult result = mvc.perform(post("/admin/members/" + member.id() + "/roles").with(csrf())
                .with(moderator.signedIn()).param("roles", "ADMIN")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from accounts.member_role where member_id = :id").param("id", member.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void searchFindsMembersByPartOfTheirNameAndAnsweresHtmxWithTheResultsOnly() throws Exception {
        var admin = members.aMember().withRole(Role.ADMIN).create();
        members.aMember().named("Zebedee Quillfeather").create();
        String page = mvc.perform(get("/admin/members").param("q", "quillf").with(admin.signedIn())).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Zebedee Quillfeather").contains("<h1>Members</h1>");
        String fragment = mvc.perform(get("/admin/members").param("q", "zebed").header("HX-Request", "true")
                .header("HX-Target", "results").with(admin.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Zebedee Quillfeather").doesNotContain("<h1>").doesNotContain("<html");
        String none = mvc.perform(get("/admin/members").param("q", "nosuchnamexyz").with(admin.signedIn())).andReturn()
                .getResponse().getContentAsString();
        assertThat(none).doesNotContain("Zebedee").contains("0 members found");
    }

    private String status(long id) {
        return jdbc.sql("select status from accounts.member where id = :id").param("id", id).query(String.class).single();
    }
}
