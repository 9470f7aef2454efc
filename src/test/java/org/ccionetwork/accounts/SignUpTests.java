package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer.Mailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SignUpTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Members members;

    @Test
    void signingUpSendsASingleUseLinkThatVerifiesTheAddress() throws Exception {
        String email = Members.uniqueEmail("joiner");
        MvcResult result = signUp("Dr Jo Joiner", email, "plum orchard lantern 42", "DOCTOR");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Check your email");
        assertThat(verifiedAt(email)).isNull();

        String link = mailbox.link(email, "/verify-email");
        assertThat(mailbox.last(email).getSubject()).isEqualTo("Confirm your email address for the CCIO Network");

        String page = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your email address is confirmed");
        assertThat(verifiedAt(email)).isNotNull();

        MvcResult again = mvc.perform(get(link)).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(410);
        assertThat(again.getResponse().getContentAsString()).contains("already been used");
    }

    @Test
    void aForgedOrMissingTokenChangesNothing() throws Exception {
        assertThat(mvc.perform(get("/verify-email").param("token", "forged-token-value")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(get("/verify-email")).andReturn().getResponse().getContentAsString())
                .contains("This link is not valid");
    }

    @Test
    void anExpiredLinkIsRefusedAndANewOneCanBeSent() throws Exception {
        String email = Members.uniqueEmail("late");
        signUp("Late Joiner", email, "plum orchard lantern 42", "NURSE");
        String link = mailbox.link(email, "/verify-email");
        jdbc.sql("update accounts.member_token set expires_at = now() - interval '1 minute' where member_id = (select id from accounts.member where email = :email)")
                .param("email", email).update();

        MvcResult expired = mvc.perform(get(link)).andReturn();
        assertThat(expired.getResponse().getStatus()).isEqualTo(410);
        assertThat(expired.getResponse().getContentAsString()).contains("This link has expired");
        assertThat(verifiedAt(email)).isNull();

        mvc.perform(post("/verify-email/resend").with(csrf()).param("email", email)).andReturn();
        assertThat(mailbox.to(email)).hasSize(2);
        String fresh = mailbox.link(email, "/verify-email");
        assertThat(fresh).isNotEqualTo(link);
        assertThat(mvc.perform(get(fresh)).andReturn().getResponse().getContentAsString()).contains("confirmed");
    }

    @Test
    void signingUpWithATakenAddressLooksTheSameAndTellsTheOwner() throws Exception {
        var existing = members.aMember().create();
        MvcResult result = signUp("Someone Else", existing.email(), "plum orchard lantern 42", "DOCTOR");
        assertThat(result.getResponse().getContentAsString()).contains("Check your email");
        assertThat(mailbox.last(existing.email()).getSubject()).isEqualTo("You already have a CCIO Network account");
        assertThat(jdbc.sql("select count(*) from accounts.member where email = :email").param("email", existing.email())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void bidirectionalOverridesAreTakenOutOfWhatIsStored() throws Exception {
        String email = Members.uniqueEmail("bidi");
        signUp("Evil\u202Egnp.exe \u2066Name\u2069", email, "plum orchard lantern 42", "DOCTOR");
        assertThat(jdbc.sql("select name from accounts.member where email = :email").param("email", email.toLowerCase())
                .query(String.class).single()).isEqualTo("Evilgnp.exe Name");
    }

    static Stream<Arguments> badSignUps() {
        return Stream.of(
                Arguments.of("", "a@example.org", "plum orchard lantern 42", "DOCTOR", "name", "Enter your full name"),
                Arguments.of("N".repeat(101), "a@example.org", "plum orchard lantern 42", "DOCTOR", "name", "100 characters or fewer"),
                Arguments.of("Name", "not-an-email", "plum orchard lantern 42", "DOCTOR", "email", "correct format"),
                Arguments.of("Name", "<script>alert(1)</script>-x@example.org", "plum orchard lantern 42", "DOCTOR", "email", "correct format"),
                Arguments.of("Name", "a\"b@example.org", "plum orchard lantern 42", "DOCTOR", "email", "correct format"),
                Arguments.of("Name", "a..b@example.org", "plum orchard lantern 42", "DOCTOR", "email", "correct format"),
                Arguments.of("Name", "a".repeat(250) + "@example.org", "plum orchard lantern 42", "DOCTOR", "email", "254 characters"),
                Arguments.of("Name", "a@example.org", "short", "DOCTOR", "password", "at least 12 characters"),
                Arguments.of("Name", "a@example.org", "password1234", "DOCTOR", "password", "too common"),
                Arguments.of("Name", "a@example.org", "Liverpool2024!", "DOCTOR", "password", "too common"),
                Arguments.of("Name", "a@example.org", "plum orchard lantern 42", "", "profession", "Select your profession"),
                Arguments.of("Name", "a@example.org", "plum orchard lantern 42", "ASTRONAUT", "profession", "Enter a valid value"));
    }

    @ParameterizedTest
    @MethodSource("badSignUps")
    void badInputIsShownBesideItsFieldAndSavesNothing(String name, String email, String password, String profession,
            String field, String message) throws Exception {
        String unique = email.replace("@", "+" + System.nanoTime() + "@");
        MvcResult result = signUp(name, unique, password, profession);
        String html = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(html).contains("There is a problem").contains("href=\"#" + field + "\"").contains(message);
        // What was typed comes back: the name, or for a bad name the email address typed beside it.
        assertThat(html).as("keeps what was typed").contains(field.equals("name") ? "value=\"" + unique + "\"" : "value=\"" + name + "\"");
        assertThat(html).as("never echoes the password").doesNotContain("value=\"" + password + "\"");
        assertThat(jdbc.sql("select count(*) from accounts.member where email = :email").param("email", unique.toLowerCase())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void controlCharactersAreTakenOutAndNamedBesideTheFieldBeforeAnythingIsSaved() throws Exception {
        String email = Members.uniqueEmail("nul");
        MvcResult result = signUp("Bad\u0000Name", email, "plum orchard lantern 42", "DOCTOR");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("href=\"#name\"").contains("id=\"name-error\"").contains("characters that cannot be stored");
        assertThat(html).as("keeps what was typed, less the NUL").contains("value=\"BadName\"").contains("value=\"" + email + "\"");
        assertThat(jdbc.sql("select count(*) from accounts.member where email = :email").param("email", email)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void bytesThatAreNotUtf8AreTakenOutAndNamedBesideTheField() throws Exception {
        String email = Members.uniqueEmail("utf");
        byte[] body = ("name=Dr+Bad%C3%28Bytes&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=plum+orchard+lantern+42&profession=DOCTOR&organisation=Test+Trust").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        MvcResult result = mvc.perform(post("/sign-up").with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        String html = result.getResponse().getContentAsString();
        assertThat(html).contains("id=\"name-error\"").contains("characters that cannot be stored");
        assertThat(html).as("keeps what was typed, less the bad byte").contains("value=\"Dr Bad(Bytes\"")
                .contains("value=\"" + email + "\"");
        assertThat(jdbc.sql("select count(*) from accounts.member where email = :email").param("email", email)
                .query(Integer.class).single()).isZero();
    }

    private MvcResult signUp(String name, String email, String password, String profession) throws Exception {
        return mvc.perform(post("/sign-up").with(csrf()).param("name", name).param("email", email)
                .param("password", password).param("profession", profession).param("organisation", "Test Trust"))
                .andReturn();
    }

    private Object verifiedAt(String email) {
        return jdbc.sql("select email_verified_at from accounts.member where email = :email").param("email", email.toLowerCase())
                .query((rs, n) -> rs.getTimestamp(1)).optional().orElse(null);
    }
}
