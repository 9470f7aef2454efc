package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ProfileTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("registrationNumber", "1234567", "NMC", "Enter an NMC number in the right format"),
                Arguments.of("registrationNumber", "12A3456E", "GMC", "Enter a GMC number in the right format: 7 digits"),
                Arguments.of("registrationNumber", "P12345", "HCPC", "Enter an HCPC number in the right format"),
                Arguments.of("registrationNumber", "", "GPHC", "Enter your registration number"),
                Arguments.of("registrationBody", "1234567", "", "Select the body you are registered with"),
                Arguments.of("registrationVisibility", "1234567", "GMC", "never publicly"),
                Arguments.of("link1", "1234567", "GMC", "Enter a web address starting with https://"),
                Arguments.of("region", "1234567", "GMC", "Select a region from the list"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("badProfiles")
    void aProfileWithAMistakeIsRefusedBesideTheFieldAndKeepsWhatWasTyped(String field, String number, String body,
            String message) throws Exception {
        var member = members.aMember().create();
        MockHttpServletRequestBuilder request = post("/directory/profile").with(csrf()).with(member.signedIn())
                .param("profession", "DOCTOR").param("jobTitle", "Typed title").param("registrationBody", body)
                .param("registrationNumber", number);
        switch (field) {
            case "registrationVisibility" -> request.param("registrationVisibility", "EVERYONE");
            case "link1" -> request.param("link1", "javascript:alert(1)");
            case "region" -> request.param("region", "Atlantis");
            default -> { }
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains(message).contains("href=\"#" + field + "\"")
                .contains("value=\"Typed title\"");
        assertThat(jdbc.sql("select count(*) from directory.profile where member_id = :id").param("id", member.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void handlesAreUniqueAndStayWhenTheProfileChanges() throws Exception {
        String surname = "Handle" + UUID.randomUUID().toString().substring(0, 6);
        var first = members.aMember().named("Dr Jo " + surname).create();
        var second = members.aMember().named("Jo " + surname).create();
        save(first, "First title");
        save(second, "Second title");
        String handle = handleOf(first.id());
        assertThat(handle).isEqualTo("jo-" + surname.toLowerCase());
        assertThat(handleOf(second.id())).isEqualTo(handle + "-2");
        save(first, "Changed title");
        assertThat(handleOf(first.id())).isEqualTo(handle);
        assertThat(mvc.perform(get("/people/" + handle).with(second.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("Changed title");
        assertThat(mvc.perform(get("/people/no-such-" + surname.toLowerCase()).with(second.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anOrganisationPickedFromTheRegisterGivesItsNameRegionAndSector() throws Exception {
        var member = members.aMember().create();
        mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "NURSE")
                .param("organisation", "RWK")).andReturn();
        assertThat(jdbc.sql("select organisation_name || '|' || region || '|' || sector from directory.profile where member_id = :id")
                .param("id", member.id()).query(String.class).single()).isEqualTo("East London NHS Foundation Trust|London|mental-health");
    }

    @Test
    void theDirectoryFiltersByEachFieldAndOnlyMembersMaySearchIt() throws Exception {
        String token = "flt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        var match = members.aMember().named("Match " + token).create();
        var other = members.aMember().named("Other " + token).create();
        mvc.perform(post("/directory/profile").with(csrf()).with(match.signedIn()).param("profession", "PHARMACIST")
                .param("organisation", "RXT").param("interests", "cyber-security").param("jobTitle", "Pharmacy lead")).andReturn();
        mvc.perform(post("/directory/profile").with(csrf()).with(other.signedIn()).param("profession", "NURSE")
                .param("region", "London").param("interests", "ai")).andReturn();
        var viewer = members.aMember().create();
        String[][] filters = {{"region", "Midlands"}, {"profession", "PHARMACIST"}, {"interest", "cyber-security"},
                {"organisation", "RXT"}};
        for (String[] filter : filters) {
            String results = mvc.perform(get("/directory").param("q", token).param(filter[0], filter[1]).with(viewer.signedIn()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(results).as(filter[0]).contains("Match " + token).doesNotContain("Other " + token);
        }
        String byOrganisationName = mvc.perform(get("/directory").param("q", "Birmingham Solihull " + token).with(viewer.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(byOrganisationName).contains("Match " + token).doesNotContain("Other " + token);
        assertThat(mvc.perform(get("/directory")).andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void theDataDownloadHoldsTheProfileAndErasingTheAccountErasesIt() throws Exception {
        var member = members.aMember().named("Dr Leaving Directory").create();
        mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "DOCTOR")
                .param("biography", "Everything about me").param("registrationBody", "GMC").param("registrationNumber", "7654321")).andReturn();
        String data = mvc.perform(get("/account/data").with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(data).contains("\"directory\"").contains("Everything about me").contains("7654321");

        mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn()).param("password", member.password())
                .param("understood", "true")).andReturn();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int left;
        do {
            left = jdbc.sql("select count(*) from directory.profile where member_id = :id").param("id", member.id()).query(Integer.class).single();
            if (left > 0) {
                Thread.sleep(100);
            }
        } while (left > 0 && System.nanoTime() < deadline);
        assertThat(left).isZero();
    }

    private void save(Members.Created member, String title) throws Exception {
        assertThat(mvc.perform(post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "DOCTOR")
                .param("jobTitle", title)).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    private String handleOf(long memberId) {
        return jdbc.sql("select handle from directory.profile where member_id = :id").param("id", memberId).query(String.class).single();
    }
}
