package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Linked provider sign-ins on the account page, in the data download and at erasure; no providers configured here. */
@IntegrationTest
class LinkedSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    IdentityRepository identities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withNoProviderConfiguredThePagesHaveNoProviderButtons() throws Exception {
        for (String path : List.of("/sign-in", "/sign-up")) {
            String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(path).doesNotContainPattern("Sign in with (?!a passkey)").doesNotContain("/oauth2/authorization/");
        }
    }

    @Test
    void theAccountPageListsLinkedSignInsAndNeverRemovesTheLastWayToSignIn() throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set password_hash = null where id = :id").param("id", member.id()).update();
        long only = link(member.id(), "cis2");

        String page = mvc.perform(get("/account").with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Linked sign-ins").contains("cis2").contains("your only way to sign in")
                .doesNotContain("/account/identities/" + only + "/remove");
        mvc.perform(post("/account/identities/" + only + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(identities.forMember(member.id())).hasSize(1);

        long second = link(member.id(), "nhsmail");
        var removed = mvc.perform(post("/account/identities/" + second + "/remove").with(csrf()).with(member.signedIn()))
                .andReturn();
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/account");
        assertThat(identities.forMember(member.id())).extracting(LinkedIdentity::id).containsExactly(only);
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'IDENTITY_UNLINKED' and actor_id = :id")
                .param("id", member.id()).query(Integer.class).single()).isOne();
    }

    @Test
    void aMemberWithAPasswordMayRemoveTheirOnlyLinkedSignInButNotSomeoneElses() throws Exception {
        var member = members.aMember().create();
        var other = members.aMember().create();
        long mine = link(member.id(), "cis2");
        long theirs = link(other.id(), "cis2");
        mvc.perform(post("/account/identities/" + theirs + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(identities.forMember(other.id())).hasSize(1);
        mvc.perform(post("/account/identities/" + mine + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(identities.forMember(member.id())).isEmpty();
    }

    @Test
    void theDataDownloadHoldsLinkedSignInsAndErasureRemovesThem() throws Exception {
        var member = members.aMember().create();
        link(member.id(), "cis2");
        String data = mvc.perform(get("/account/data").with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(data).contains("\"linkedSignIns\"").contains("https://issuer.example/cis2").contains("RX1");

        mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn())
                .param("password", Members.PASSWORD).param("understood", "true"));
        assertThat(identities.forMember(member.id())).isEmpty();
    }

    @Test
    void aMemberWhoSignsInOnlyWithAProviderCanStillEraseTheirAccount() throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set password_hash = null where id = :id").param("id", member.id()).update();
        link(member.id(), "cis2");
        assertThat(mvc.perform(get("/account/delete").with(member.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain("Your password");
        var done = mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn()).param("understood", "true")).andReturn();
        assertThat(done.getResponse().getContentAsString()).contains("Your account has been deleted");
        assertThat(identities.forMember(member.id())).isEmpty();
    }

    @Test
    void aLinkPageWithoutAProviderSignInSaysSo() throws Exception {
        var result = mvc.perform(get("/sign-in/link")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("There is no sign-in to link");
    }

    @Test
    void anEmailedLinkWorksOnceAndABadOneIsRefused() throws Exception {
        var member = members.aMember().create();
        var identity = identity("cis2");
        String secret = identities.requestLink(member.id(), identity, Instant.now().plusSeconds(600), Instant.now());
        assertThat(mvc.perform(get("/sign-in/link/confirm").param("token", secret)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(identities.forMember(member.id())).hasSize(1);
        assertThat(mvc.perform(get("/sign-in/link/confirm").param("token", secret)).andReturn().getResponse().getStatus())
                .isEqualTo(410);
        assertThat(mvc.perform(get("/sign-in/link/confirm").param("token", "forged")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        String expired = identities.requestLink(member.id(), identity("nhsmail"), Instant.now().minusSeconds(1),
                Instant.now().minusSeconds(3600));
        assertThat(mvc.perform(get("/sign-in/link/confirm").param("token", expired)).andReturn().getResponse().getStatus())
                .isEqualTo(410);
        assertThat(identities.forMember(member.id())).hasSize(1);
    }

    @Test
    void organisationCodesAreFoundAlongTheConfiguredPath() {
        Map<String, Object> claims = Map.of("nhsid_nrbac_roles", List.of(Map.of("org_code", "rx1", "role_code", "S0080"),
                Map.of("org_code", "RX1"), Map.of("org_code", "not an ODS code!"), Map.of("role_code", "x")),
                "orgs", List.of("R1A", "R1B"));
        assertThat(OrganisationClaim.codes(claims, "nhsid_nrbac_roles.org_code")).containsExactly("RX1");
        assertThat(OrganisationClaim.codes(claims, "orgs")).containsExactly("R1A", "R1B");
        assertThat(OrganisationClaim.codes(claims, "")).isEmpty();
        assertThat(OrganisationClaim.codes(claims, "missing.path")).isEmpty();
    }

    @Test
    void theClaimFormOffersTheProvidersOrganisationsFirstAndModeratorsSeeTheAssertion() throws Exception {
        var member = members.aMember().named("Dr Asserted").create();
        identities.link(member.id(), new ProviderIdentity("cis2", "cis2", "https://issuer.example/cis2",
                UUID.randomUUID().toString(), member.email(), true, "Dr Asserted", List.of("RR8", "RJ1")), Instant.now());
        String form = mvc.perform(get("/organisations/RJ1/claim").with(member.signedIn())).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Your organisations").contains("href=\"/organisations/RR8/claim\"")
                .contains("(this claim)").contains("told us at sign-in that you work here");
        assertThat(form.indexOf("Your organisations")).isLessThan(form.indexOf("action=\"/organisations/RJ1/claim\""));

        mvc.perform(post("/organisations/RJ1/claim").with(csrf()).with(member.signedIn())
                .param("jobTitle", "CCIO").param("startedOn", "2025-01-06").param("evidence", "Board page").param("showName", "true"));
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        String queue = mvc.perform(get("/admin/appointments").with(moderator.signedIn())).andReturn().getResponse()
                .getContentAsString();
        String mine = queue.substring(queue.indexOf("Dr Asserted"));
        assertThat(mine.substring(0, mine.indexOf("</section>"))).contains("Organisation asserted by cis2 at sign-in");
    }

    private long link(long memberId, String provider) {
        identities.link(memberId, identity(provider), Instant.now());
        return identities.forMember(memberId).getLast().id();
    }

    private static ProviderIdentity identity(String provider) {
        return new ProviderIdentity(provider, provider, "https://issuer.example/" + provider,
                UUID.randomUUID().toString(), "someone@example.nhs.uk", true, "Someone", List.of("RX1"));
    }
}
