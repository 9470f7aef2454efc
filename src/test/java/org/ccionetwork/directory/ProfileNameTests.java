package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A new name on the account page reaches the directory without the member saving their profile again. */
@IntegrationTest
class ProfileNameTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoMembersWithTheSameLongNameBothGetAHandleThatFits() throws Exception {
        // Short words, so the slug is cut near its 80 characters and a number no longer fits after it.
        String name = "Anna ".repeat(18) + UUID.randomUUID().toString().substring(0, 8);
        var first = members.aMember().named(name).create();
        var second = members.aMember().named(name).create();
        for (var member : java.util.List.of(first, second)) {
            assertThat(mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn())
                    .param("profession", "DOCTOR").param("listingVisibility", "MEMBERS").param("roleVisibility", "MEMBERS"))
                    .andReturn().getResponse().getStatus()).isLessThan(400);
        }
        var handles = jdbc.sql("select handle from directory.profile where member_id in (:a, :b) order by member_id")
                .param("a", first.id()).param("b", second.id()).query(String.class).list();
        assertThat(handles).hasSize(2).doesNotHaveDuplicates().allSatisfy(h -> assertThat(h.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void aNameChangedOnTheAccountPageShowsInTheDirectorySearchAndTheProfilePage() throws Exception {
        String before = "Oldname" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String after = "Newname" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var member = members.aMember().named("Dr Sam " + before).create();
        var viewer = members.aMember().create();
        assertThat(mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "DOCTOR")
                .param("jobTitle", "Chief Clinical Information Officer")).andReturn().getResponse().getStatus()).isEqualTo(302);
        String handle = jdbc.sql("select handle from directory.profile where member_id = :id").param("id", member.id())
                .query(String.class).single();
        assertThat(search(viewer, before)).contains("Dr Sam " + before);

        assertThat(mvc.perform(post("/account/details").with(csrf()).with(member.signedIn()).param("name", "Dr Sam " + after)
                .param("profession", "DOCTOR")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account");

        // The directory hears of it after the commit, asynchronously: wait for it, with a deadline.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String found = search(viewer, after);
        while (!found.contains("Dr Sam " + after) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = search(viewer, after);
        }
        assertThat(found).contains("Dr Sam " + after).contains("/people/" + handle);
        assertThat(search(viewer, before)).doesNotContain("Dr Sam " + before);
        assertThat(mvc.perform(get("/people/" + handle).with(viewer.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("Dr Sam " + after).doesNotContain(before);
        // The handle stays, so links to the profile keep working.
        assertThat(jdbc.sql("select handle from directory.profile where member_id = :id").param("id", member.id())
                .query(String.class).single()).isEqualTo(handle);
    }

    private String search(Members.Created viewer, String q) throws Exception {
        return mvc.perform(get("/directory").param("q", q).with(viewer.signedIn())).andReturn().getResponse().getContentAsString();
    }
}
