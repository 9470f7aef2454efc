package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import org.ccionetwork.Chromium;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.TestMailServer.Mailbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider ({@link TestIdentityProvider}, Spring Authorization
 * Server on its own port), in Chromium: the button, the provider's login page, and back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class SingleSignOnBrowserTests {

    static final String PROVIDER_NAME = "Test NHS Identity";

    /** The key of the client that authenticates with private_key_jwt, as CIS2 requires. */
    static final com.nimbusds.jose.jwk.RSAKey CLIENT_KEY = clientKey();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws Exception {
        var provider = TestIdentityProvider.get();
        String registration = "spring.security.oauth2.client.registration.";
        // Like CIS2: the client proves itself with a JWT signed by its private key.
        var pem = java.nio.file.Files.createTempFile("ccio-client-key", ".pem");
        java.nio.file.Files.writeString(pem, "-----BEGIN PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(CLIENT_KEY.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        pem.toFile().deleteOnExit();
        registry.add(registration + "cis2.client-id", () -> "ccio-key-client");
        registry.add(registration + "cis2.client-name", () -> "Test CIS2");
        registry.add(registration + "cis2.client-authentication-method", () -> "private_key_jwt");
        registry.add(registration + "cis2.authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "cis2.scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.cis2.issuer-uri", provider::issuer);
        registry.add("ccio.accounts.providers.cis2.private-key", () -> "file:" + pem);
        registry.add("ccio.accounts.providers.cis2.key-id", CLIENT_KEY::getKeyID);
        registry.add("ccio.accounts.providers.cis2.multi-factor", () -> "true");
        registry.add(registration + "nhs.client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(registration + "nhs.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "nhs.client-name", () -> PROVIDER_NAME);
        registry.add(registration + "nhs.scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.nhs.issuer-uri", provider::issuer);
        registry.add("ccio.accounts.providers.nhs.organisation-claim", () -> "nhsid_nrbac_roles.org_code");
        // A second provider that is out of reach: its token endpoint refuses connections.
        registry.add(registration + "offline.client-id", () -> "offline");
        registry.add(registration + "offline.client-secret", () -> "offline");
        registry.add(registration + "offline.client-name", () -> "Offline Identity");
        registry.add(registration + "offline.scope", () -> "openid");
        registry.add(registration + "offline.authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "offline.redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.offline.authorization-uri", () -> "http://127.0.0.1:9/authorize");
        registry.add("spring.security.oauth2.client.provider.offline.token-uri", () -> "http://127.0.0.1:9/token");
        registry.add("spring.security.oauth2.client.provider.offline.jwk-set-uri", () -> "http://127.0.0.1:9/jwks");
    }

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    TestIdentityProvider provider = TestIdentityProvider.get();

    String base;

    @BeforeEach
    void comeBackHere() {
        // 127.0.0.1, not localhost: the authorization server refuses "localhost" redirects (OAuth 2.1), and the
        // two servers then keep their cookies apart.
        base = "http://127.0.0.1:" + port;
        provider.allowRedirectTo(base + "/login/oauth2/code/nhs");
        provider.allowKeyClient("ccio-key-client", base + "/login/oauth2/code/cis2", CLIENT_KEY);
    }

    @Test
    void aClientAuthenticatedByPrivateKeyJwtSignsIn() {
        String email = Members.uniqueEmail("sso-cis2");
        String user = provider.addUser(Map.of("email", email, "email_verified", true, "name", "Dr Smartcard"));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user, "Test CIS2");
            assertThat(page.locator("header").textContent()).contains("Dr Smartcard");
        }
        assertThat(identities().forMember(members().findByEmail(email).orElseThrow().id()))
                .singleElement().satisfies(identity -> assertThat(identity.provider()).isEqualTo("cis2"));
    }

    @Test
    void aProviderMarkedMultiFactorOpensStaffPagesAndAnotherDoesNot() {
        var admin = members.aMember().named("Dr Staff Smartcard").withRole(Role.ADMIN).create();
        String strong = provider.addUser(Map.of("email", admin.email(), "email_verified", true));
        String plain = provider.addUser(Map.of("email", admin.email(), "email_verified", true));
        identities().link(admin.id(), new ProviderIdentity("cis2", "Test CIS2", provider.issuer(), strong, admin.email(),
                true, null, List.of()), java.time.Instant.now());
        identities().link(admin.id(), new ProviderIdentity("nhs", PROVIDER_NAME, provider.issuer(), plain, admin.email(),
                true, null, List.of()), java.time.Instant.now());
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, strong, "Test CIS2");
            page.navigate(base + "/admin");
            assertThat(page.url()).isEqualTo(base + "/admin");
        }
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, plain);
            assertThat(page.locator("header").textContent()).contains("Dr Staff Smartcard");
            page.navigate(base + "/admin");
            assertThat(page.url()).isEqualTo(base + "/account/second-factor");
            assertThat(page.locator("h1").textContent()).isEqualTo("Set up your second factor");
        }
    }

    private static com.nimbusds.jose.jwk.RSAKey clientKey() {
        try {
            return new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID("ccio-test-key").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewPersonJoinsWithTheProviderAndIsKnownNextTimeByTheirSubjectNotTheirEmail() {
        String email = Members.uniqueEmail("sso-new");
        String user = provider.addUser(Map.of("email", email, "email_verified", true, "name", "Dr Single Sign",
                "nhsid_nrbac_roles", List.of(Map.of("org_code", "RR8", "role_name", "Clinician"),
                        Map.of("org_code", "rwa"))));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-up");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + PROVIDER_NAME)).count()).isOne();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.locator("header").textContent()).contains("Dr Single Sign");

            var member = members().findByEmail(email).orElseThrow();
            assertThat(member.name()).isEqualTo("Dr Single Sign");
            assertThat(member.verified()).isTrue();
            assertThat(member.passwordHash()).isNull();
            var linked = identities().forMember(member.id());
            assertThat(linked).singleElement().satisfies(identity -> {
                assertThat(identity.issuer()).isEqualTo(provider.issuer());
                assertThat(identity.subject()).isEqualTo(user);
                assertThat(identity.organisationCodes()).containsExactly("RR8", "RWA");
            });
            page.navigate(base + "/account");
            assertThat(page.locator("main").textContent()).contains("Linked sign-ins").contains(PROVIDER_NAME)
                    .contains("your only way to sign in");
        }
        // The provider now gives another address: the same subject is still the same member.
        provider.changeClaim(user, "email", Members.uniqueEmail("sso-moved"));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.locator("header").textContent()).contains("Dr Single Sign");
        }
        assertThat(jdbc.sql("select count(*) from accounts.member_identity where subject = :sub").param("sub", user)
                .query(Integer.class).single()).isOne();
    }

    @Test
    void anExistingMemberIsLinkedOnlyAfterTheirPassword() {
        var existing = members.aMember().named("Dr Already Here").create();
        String user = provider.addUser(Map.of("email", existing.email(), "email_verified", true, "name", "Someone Else"));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.url()).endsWith("/sign-in/link");
            assertThat(page.locator("h1").textContent()).isEqualTo("Link your " + PROVIDER_NAME + " sign-in");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Already Here");
            assertThat(identities().forMember(existing.id())).isEmpty();
            page.navigate(base + "/account");
            assertThat(page.url()).contains("/sign-in");

            page.navigate(base + "/sign-in/link");
            page.getByLabel("The password of your CCIO Network account").fill("not the password at all");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link and sign in")).click();
            assertThat(page.locator("main").textContent()).contains("Your password is not right");
            assertThat(identities().forMember(existing.id())).isEmpty();

            page.getByLabel("The password of your CCIO Network account").fill(Members.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link and sign in")).click();
            assertThat(page.locator("header").textContent()).contains("Dr Already Here");
            assertThat(page.locator("main").textContent()).contains("sign-in is now linked");
            assertThat(identities().forMember(existing.id())).singleElement()
                    .satisfies(identity -> assertThat(identity.subject()).isEqualTo(user));
        }
        assertThat(members.audited(existing.id(), "IDENTITY_LINKED")).isOne();
        // Next time the provider alone signs them in.
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.locator("header").textContent()).contains("Dr Already Here");
        }
    }

    @Test
    void anExistingMemberCanProveTheAccountByAnEmailedLink() {
        var existing = members.aMember().named("Dr Emailed Proof").create();
        String user = provider.addUser(Map.of("email", existing.email(), "email_verified", true));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");
            assertThat(identities().forMember(existing.id())).isEmpty();

            page.navigate(base + mailbox.link(existing.email(), "/sign-in/link/confirm"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Your sign-in is linked");
            assertThat(identities().forMember(existing.id())).hasSize(1);

            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.locator("header").textContent()).contains("Dr Emailed Proof");
        }
    }

    @Test
    void anEmailTheProviderDidNotVerifyIsNeitherLinkedNorUsed() {
        var existing = members.aMember().named("Dr Unverified Elsewhere").create();
        String user = provider.addUser(Map.of("email", existing.email(), "email_verified", false));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.url()).contains("/sign-in?error=provider-unverified");
            assertThat(page.locator("main").textContent()).contains("did not confirm your email address");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Unverified Elsewhere");
        }
        assertThat(identities().forMember(existing.id())).isEmpty();
    }

    @Test
    void aSuspendedMemberStaysSuspended() {
        String email = Members.uniqueEmail("sso-suspended");
        String user = provider.addUser(Map.of("email", email, "email_verified", true, "name", "Dr Soon Suspended"));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.locator("header").textContent()).contains("Dr Soon Suspended");
        }
        long id = members().findByEmail(email).orElseThrow().id();
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspension_reason = 'test' where id = :id")
                .param("id", id).update();
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.url()).contains("/sign-in?error=suspended");
            assertThat(page.locator("main").textContent()).contains("Your account is suspended");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Soon Suspended");
        }
    }

    @Test
    void aTamperedStateIsRefused() {
        String user = provider.addUser(Map.of("email", Members.uniqueEmail("sso-tampered"), "email_verified", true,
                "name", "Dr Tampered"));
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            // The state the application sends to the provider is changed on the way, as an attacker would.
            page.route(url -> url.contains("/oauth2/authorization/nhs"), route -> {
                String location = redirectOf(route);
                route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                        location.replaceAll("state=[^&]+", "state=forged-by-an-attacker"))));
            });
            page.navigate(base + "/sign-in");
            signInAtProvider(page, user);
            assertThat(page.url()).contains("/sign-in?error=provider-state");
            assertThat(page.locator("main").textContent()).contains("could not be checked");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Tampered");
        }
    }

    @Test
    void aRefusalAtTheProviderAndAProviderOutOfReachLandOnTheSignInPage() {
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            // The provider says no (as when the person cancels): it sends them back with error=access_denied.
            page.route(url -> url.contains("/oauth2/authorization/nhs"), route -> {
                String state = stateIn(redirectOf(route));
                route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                        base + "/login/oauth2/code/nhs?error=access_denied&state=" + state)));
            });
            page.navigate(base + "/sign-in");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + PROVIDER_NAME)).click();
            page.waitForURL(url -> url.contains("error="));
            assertThat(page.url()).contains("/sign-in?error=provider-denied");
            assertThat(page.locator("main").textContent()).contains("cancelled or refused");

            // A provider whose token endpoint cannot be reached, after it has sent the person back with a code.
            page.route(url -> url.contains("/oauth2/authorization/offline"), route -> {
                String state = stateIn(redirectOf(route));
                route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location",
                        base + "/login/oauth2/code/offline?code=whatever&state=" + state)));
            });
            page.navigate(base + "/sign-in");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Offline Identity")).click();
            page.waitForURL(url -> url.contains("error="));
            assertThat(page.url()).contains("/sign-in?error=provider-failed");
            assertThat(page.locator("main").textContent()).contains("did not answer as expected");
        }
    }

    @Test
    void theAuthorisationRequestCarriesPkceStateAndNonce() {
        try (BrowserContext context = Chromium.newContext()) {
            var response = context.request().get(base + "/oauth2/authorization/nhs",
                    com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
            assertThat(response.status()).isEqualTo(302);
            assertThat(response.headers().get("location")).startsWith(provider.issuer() + "/oauth2/authorize?")
                    .contains("response_type=code").contains("code_challenge=").contains("code_challenge_method=S256")
                    .contains("state=").contains("nonce=");
        }
    }

    /** The application's own answer to the button: its redirect to the provider, with the state it remembers. */
    private static String redirectOf(Route route) {
        var response = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
        return response.headers().get("location");
    }

    private static String stateIn(String url) {
        return url.replaceAll(".*[?&]state=([^&]+).*", "$1");
    }

    private void signInAtProvider(Page page, String user) {
        signInAtProvider(page, user, PROVIDER_NAME);
    }

    private void signInAtProvider(Page page, String user, String providerName) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + providerName)).click();
        page.waitForURL(url -> url.startsWith(provider.issuer() + "/login")
                || url.startsWith(base) && !url.equals(base + "/sign-in"));
        if (page.url().startsWith(provider.issuer() + "/login")) {
            // The provider's own login page (a person already signed in there goes straight back).
            page.getByLabel("Username").fill(user);
            page.getByLabel("Password").fill(TestIdentityProvider.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForLoadState();
        }
    }

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    IdentityRepository identityRepository;

    private MemberRepository members() {
        return memberRepository;
    }

    private IdentityRepository identities() {
        return identityRepository;
    }
}
