package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Passkeys through the application's routes (the ceremonies with a real authenticator are in
 * {@link PasskeyBrowserTests}): what a bad or foreign answer gets, the staff rule for adding one, renaming and
 * removing (never the last way to sign in), and their place in the data download, erasure and an administrator's
 * reset of the second factor.
 */
@IntegrationTest
class PasskeyTests {

    /** Parses as a browser's answer, but no authenticator made it. */
    private static final String FORGED = """
            {"publicKey": {"label": "%s", "credential": {"id": "AAAA", "rawId": "AAAA", "type": "public-key",
             "response": {"attestationObject": "AAAA", "clientDataJSON": "AAAA", "transports": ["internal"]},
             "clientExtensionResults": {}, "authenticatorAttachment": "platform"}}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasskeyRepository passkeys;

    @Test
    void theOptionsNameTheMemberAndAskForAVerifiedDiscoverablePasskey() throws Exception {
        var member = members.aMember().named("Dr Options").create();
        String options = mvc.perform(post("/account/passkeys/options").with(csrf()).with(member.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(options).contains("\"rp\":{\"id\":\"localhost\",\"name\":\"CCIO Network\"}")
                .contains("\"name\":\"" + member.email() + "\"").contains("\"displayName\":\"Dr Options\"")
                .contains("\"residentKey\":\"required\"").contains("\"userVerification\":\"required\"");
        assertThat(mvc.perform(post("/account/passkeys/options").with(csrf())).andReturn().getResponse().getStatus())
                .as("a visitor is sent to sign in").isEqualTo(302);
    }

    @Test
    void aForgedOrMalformedAnswerIsAProblemAndNothingIsStored() throws Exception {
        var member = members.aMember().create();
        // The ceremony is kept in the member's session (Spring Session, in PostgreSQL), named by its cookie.
        Cookie session = mvc.perform(post("/account/passkeys/options").with(csrf()).with(member.signedIn()))
                .andReturn().getResponse().getCookie("SESSION");

        MvcResult noName = add(member, session, FORGED.formatted("  "));
        assertThat(noName.getResponse().getStatus()).isEqualTo(422);
        assertThat(noName.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(noName.getResponse().getContentAsString()).contains("\"errors\":{\"label\":\"Give the passkey a name");
        assertThat(add(member, session, FORGED.formatted("x".repeat(61))).getResponse().getContentAsString())
                .contains("60 characters or fewer");

        MvcResult forged = add(member, session, FORGED.formatted("Laptop\\u0000"));
        assertThat(forged.getResponse().getStatus()).isEqualTo(400);
        assertThat(forged.getResponse().getContentAsString()).contains("could not be checked").doesNotContain("Exception");
        MvcResult again = add(member, session, FORGED.formatted("Laptop"));
        assertThat(again.getResponse().getContentAsString()).as("a ceremony is answered once").contains("Start again");

        for (String body : List.of("", "{", "{\"publicKey\": 7}", "[]", "{\"publicKey\": {\"label\": \"x\"}}")) {
            MvcResult bad = add(member, null, body);
            assertThat(bad.getResponse().getStatus()).as(body).isEqualTo(400);
            assertThat(bad.getResponse().getContentAsString()).contains("\"status\":400");
        }
        assertThat(passkeys.forMember(member.id())).isEmpty();
    }

    @Test
    void aStaffMemberWithASecondFactorAddsAPasskeyOnlyFromASessionThatUsedIt() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        moderator.signedIn(); // sets up their authenticator app
        MvcResult refused = mvc.perform(post("/account/passkeys/options").with(csrf())
                .with(moderator.signedInWithoutSecondFactor())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentAsString()).contains("Use your second factor first");
        assertThat(mvc.perform(get("/account").with(moderator.signedInWithoutSecondFactor())).andReturn().getResponse()
                .getContentAsString()).contains("use your second factor</a> in this session").doesNotContain("data-passkey-add");

        assertThat(mvc.perform(post("/account/passkeys/options").with(csrf()).with(moderator.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void passkeysAreRenamedAndRemovedButNeverTheLastWayToSignIn() throws Exception {
        var member = members.aMember().create();
        String first = store(member.id(), "Work laptop");
        String page = mvc.perform(get("/account").with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Work laptop").contains("/account/passkeys/" + first + "/remove");

        MvcResult blank = mvc.perform(post("/account/passkeys/" + first + "/rename").with(csrf()).with(member.signedIn())
                .param("label", " ")).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(blank.getResponse().getContentAsString()).contains("Give the passkey a name").contains("<title>Error: ");
        mvc.perform(post("/account/passkeys/" + first + "/rename").with(csrf()).with(member.signedIn()).param("label", "Home PC"));
        assertThat(passkeys.forMember(member.id())).extracting(PasskeyRepository.Passkey::label).containsExactly("Home PC");
        assertThat(members.audited(member.id(), "PASSKEY_RENAMED")).isOne();

        // Someone else's passkey is neither renamed nor removed.
        var other = members.aMember().create();
        mvc.perform(post("/account/passkeys/" + first + "/rename").with(csrf()).with(other.signedIn()).param("label", "Mine now"));
        mvc.perform(post("/account/passkeys/" + first + "/remove").with(csrf()).with(other.signedIn()));
        assertThat(passkeys.forMember(member.id())).extracting(PasskeyRepository.Passkey::label).containsExactly("Home PC");

        // Without a password or a linked provider, the only passkey stays; with a second, either may go.
        jdbc.sql("update accounts.member set password_hash = null where id = :id").param("id", member.id()).update();
        mvc.perform(post("/account/passkeys/" + first + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(passkeys.forMember(member.id())).hasSize(1);
        assertThat(mvc.perform(get("/account").with(member.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("(your only way to sign in)");
        String second = store(member.id(), "Phone");
        mvc.perform(post("/account/passkeys/" + first + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(passkeys.forMember(member.id())).extracting(PasskeyRepository.Passkey::id).containsExactly(second);
        assertThat(members.audited(member.id(), "PASSKEY_REMOVED")).isOne();
    }

    @Test
    void aPasskeyLetsAMemberWithoutAPasswordUnlinkTheirOnlyProvider() throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set password_hash = null where id = :id").param("id", member.id()).update();
        jdbc.sql("""
                insert into accounts.member_identity (member_id, provider, issuer, subject, email, linked_at)
                values (:id, 'cis2', 'https://issuer.example/cis2', :subject, 'someone@example.nhs.uk', now())""")
                .param("id", member.id()).param("subject", UUID.randomUUID().toString()).update();
        long identity = jdbc.sql("select id from accounts.member_identity where member_id = :id").param("id", member.id())
                .query(Long.class).single();
        store(member.id(), "Security key");
        mvc.perform(post("/account/identities/" + identity + "/remove").with(csrf()).with(member.signedIn()));
        assertThat(jdbc.sql("select count(*) from accounts.member_identity where member_id = :id").param("id", member.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theDataDownloadNamesThePasskeysAndErasureAndAResetRemoveThem() throws Exception {
        var member = members.aMember().create();
        store(member.id(), "Kitchen tablet");
        String data = mvc.perform(get("/account/data").with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(data).contains("\"passkeys\":[{\"name\":\"Kitchen tablet\"");
        mvc.perform(post("/account/delete").with(csrf()).with(member.signedIn())
                .param("password", Members.PASSWORD).param("understood", "true"));
        assertThat(passkeys.forMember(member.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from public.user_entities where name = :name")
                .param("name", Long.toString(member.id())).query(Integer.class).single()).isZero();

        var editor = members.aMember().withRole(Role.EDITOR).create();
        store(editor.id(), "Lost phone");
        var admin = members.aMember().withRole(Role.ADMIN).create();
        mvc.perform(post("/admin/members/" + editor.id() + "/second-factor/reset").with(csrf()).with(admin.signedIn()));
        assertThat(passkeys.forMember(editor.id())).isEmpty();
        assertThat(jdbc.sql("select details from shared.audit_entry where action = 'SECOND_FACTOR_RESET' and target = :target")
                .param("target", "member #" + editor.id()).query(String.class).single()).contains("1 passkey removed");
    }

    @Test
    void theSignInCeremonyIsOpenToVisitorsAndRefusesAnAnswerNoPasskeyMade() throws Exception {
        MvcResult options = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andReturn();
        Cookie session = options.getResponse().getCookie("SESSION");
        assertThat(options.getResponse().getStatus()).isEqualTo(200);
        assertThat(options.getResponse().getContentAsString()).contains("\"challenge\"").contains("\"rpId\":\"localhost\"")
                .contains("\"userVerification\":\"required\"");

        MvcResult forged = mvc.perform(post("/login/webauthn").with(csrf()).cookie(session)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "AAAA", "rawId": "AAAA", "type": "public-key", "clientExtensionResults": {},
                         "response": {"authenticatorData": "AAAA", "clientDataJSON": "AAAA", "signature": "AAAA"}}""")).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(401);
        assertThat(forged.getResponse().getContentAsString()).isEqualTo("{\"authenticated\":false,\"error\":\"passkey\"}");
        assertThat(mvc.perform(post("/login/webauthn").cookie(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
    }

    private MvcResult add(Members.Created member, Cookie session, String body) throws Exception {
        var request = post("/account/passkeys").with(csrf()).with(member.signedIn())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return mvc.perform(session == null ? request : request.cookie(session)).andReturn();
    }

    /** A stored passkey as the registration ceremony leaves it (its key bytes are never read here). */
    private String store(long memberId, String label) {
        Bytes handle = passkeys.userHandle(memberId, "Member " + memberId);
        String id = Bytes.random().toBase64UrlString();
        jdbc.sql("""
                insert into public.user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                    uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type, backup_state,
                    created, label)
                values (:id, :handle, '\\x00', 0, true, false, 'internal', 'public-key', false, :created, :label)""")
                .param("id", id).param("handle", handle.toBase64UrlString())
                .param("created", java.sql.Timestamp.from(Instant.now())).param("label", label).update();
        return id;
    }
}
