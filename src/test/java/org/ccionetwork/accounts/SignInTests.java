package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccionetwork.ClientAddresses.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.ccionetwork.ClientAddresses;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVerifiedMemberSignsInWithANewSessionIdAndSignsOut() throws Exception {
        var member = members.aMember().named("Dr Ada Sign").create();
        Cookie before = mvc.perform(get("/sign-in")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before).isNotNull();
        assertThat(mvc.perform(get("/sign-in")).andReturn().getResponse().getHeader("Set-Cookie"))
                .contains("HttpOnly").contains("SameSite=Lax");
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(from(ClientAddresses.next())).cookie(before)
                .param("email", member.email()).param("password", member.password())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie signedIn = result.getResponse().getCookie("SESSION");
        assertThat(signedIn.getValue()).as("session id changes at sign-in").isNotEqualTo(before.getValue());

        String home = mvc.perform(get("/").cookie(signedIn)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("Dr Ada Sign").contains("Sign out");

        MvcResult out = mvc.perform(post("/sign-out").with(csrf()).cookie(signedIn)).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/?signed-out");
        assertThat(mvc.perform(get("/account").cookie(signedIn)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void wrongPasswordAndUnknownAddressGetTheSameAnswer() throws Exception {
        var member = members.aMember().create();
        String wrong = followError(signIn(member.email(), "not the password at all", ClientAddresses.next()));
        String unknown = followError(signIn(Members.uniqueEmail("nobody"), "not the password at all", ClientAddresses.next()));
        assertThat(wrong).contains("The email address or password is not right");
        assertThat(unknown).contains("The email address or password is not right");
    }

    @Test
    void anUnverifiedMemberIsAskedToConfirmTheirAddress() throws Exception {
        var member = members.aMember().unverified().create();
        MvcResult result = signIn(member.email(), member.password(), ClientAddresses.next());
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=unverified");
    }

    @Test
    void afterFiveFailuresFromAnywhereAnAccountWaitsAGrowingDelayButIsNeverLockedOut() throws Exception {
        var member = members.aMember().create();
        for (int i = 0; i < 5; i++) {
            // A different client address each time, so only the per-account rule applies.
            assertThat(signIn(member.email(), "wrong password " + i, ClientAddresses.next()).getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error=credentials");
        }
        assertThat(jdbc.sql("select count(*) from accounts.sign_in_failure where throttle_key = :key")
                .param("key", "account:" + member.email()).query(Integer.class).single()).as("one failure per attempt").isEqualTo(5);
        MvcResult blocked = signIn(member.email(), member.password(), ClientAddresses.next());
        assertThat(blocked.getResponse().getRedirectedUrl()).as("at once: the delay").isEqualTo("/sign-in?error=throttled");
        assertThat(followError(blocked)).contains("Too many attempts to sign in");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'SIGN_IN_THROTTLED' and target = :target")
                .param("target", "account " + member.email()).query(Integer.class).single()).isEqualTo(1);

        Thread.sleep(1_100); // the first delay is a second after the last failure
        assertThat(signIn(member.email(), member.password(), ClientAddresses.next()).getResponse().getRedirectedUrl())
                .as("the owner gets in once the delay has passed: strangers cannot lock them out").isEqualTo("/");
    }

    @Test
    void aGuesserIsStoppedOnTheirOwnAddressWhileTheOwnerSignsInFromTheirs() throws Exception {
        var member = members.aMember().create();
        String guesser = ClientAddresses.next();
        for (int i = 0; i < 5; i++) {
            signIn(member.email(), "guess " + i, guesser);
        }
        Thread.sleep(1_100);
        assertThat(signIn(member.email(), member.password(), guesser).getResponse().getRedirectedUrl())
                .as("the guessing address, even with the right password").isEqualTo("/sign-in?error=throttled");
        assertThat(signIn(member.email(), member.password(), ClientAddresses.next()).getResponse().getRedirectedUrl())
                .as("the owner's own address").isEqualTo("/");
    }

    @Test
    void anUnknownAddressIsThrottledTheSameWaySoRefusalsRevealNothing() throws Exception {
        String nobody = Members.uniqueEmail("ghost");
        for (int i = 0; i < 5; i++) {
            signIn(nobody, "guess number " + i, ClientAddresses.next());
        }
        assertThat(signIn(nobody, "guess number 6", ClientAddresses.next()).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=throttled");
    }

    @Test
    void afterFiveFailuresFromOneClientAddressItIsRefused() throws Exception {
        String from = ClientAddresses.next();
        for (int i = 0; i < 5; i++) {
            signIn(Members.uniqueEmail("spray"), "guess " + i, from);
        }
        var member = members.aMember().create();
        assertThat(signIn(member.email(), member.password(), from).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=throttled");
        assertThat(signIn(member.email(), member.password(), ClientAddresses.next()).getResponse().getRedirectedUrl())
                .as("another address is not affected").isEqualTo("/");
    }

    @Test
    void aSuspendedMemberCannotSignIn() throws Exception {
        var member = members.aMember().create();
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '1 day' where id = :id")
                .param("id", member.id()).update();
        assertThat(signIn(member.email(), member.password(), ClientAddresses.next()).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=suspended");
    }

    @Test
    void rememberMeKeepsAMemberSignedInAfterTheSessionEnds() throws Exception {
        var member = members.aMember().named("Remembered Member").create();
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(from(ClientAddresses.next()))
                .param("email", member.email()).param("password", member.password()).param("remember-me", "true")).andReturn();
        Cookie remember = result.getResponse().getCookie("remember-me");
        assertThat(remember).isNotNull();
        assertThat(remember.isHttpOnly()).isTrue();
        String page = mvc.perform(get("/account").cookie(remember)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Your account").contains("Remembered Member");
    }

    @Test
    void signingInWithoutACsrfTokenIsRefused() throws Exception {
        var member = members.aMember().create();
        MvcResult result = mvc.perform(post("/sign-in").with(from(ClientAddresses.next()))
                .param("email", member.email()).param("password", member.password())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    private MvcResult signIn(String email, String password, String from) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(from))
                .param("email", email).param("password", password)).andReturn();
    }

    private String followError(MvcResult result) throws Exception {
        Cookie session = result.getResponse().getCookie("SESSION");
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(session)).andReturn().getResponse()
                .getContentAsString();
    }

    /** Signs in through the form and returns the session cookie. */
    static Cookie signedInSession(MockMvc mvc, String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).with(from(ClientAddresses.next()))
                .param("email", email).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return result.getResponse().getCookie("SESSION");
    }
}
