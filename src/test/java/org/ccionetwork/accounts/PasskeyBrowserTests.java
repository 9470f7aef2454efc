package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ccionetwork.Chromium;
import org.ccionetwork.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Passkeys in Chromium with a virtual authenticator (the DevTools protocol's WebAuthn domain: a platform
 * authenticator that keeps discoverable credentials and verifies its user): a member adds one on the account page,
 * signs out and signs in with it alone; renames it; and is refused once suspended. A staff member uses one as the
 * second factor before a staff page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class PasskeyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasskeyRepository passkeys;

    @Test
    void aMemberAddsAPasskeySignsInWithItAloneRenamesItAndIsRefusedOnceSuspended() {
        var member = members.aMember().named("Dr Passkey Holder").create();
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            signInWithPassword(page, member);
            withAuthenticator(context, page);

            page.navigate(base() + "/account");
            page.getByLabel("Name for a new passkey").fill("Work laptop");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            added(page);
            assertThat(page.locator(".alert-success").textContent()).contains("Your passkey “Work laptop” has been added");
            assertThat(page.locator(".passkey-list").textContent()).contains("Work laptop", "added");
            assertThat(passkeys.forMember(member.id())).hasSize(1);
            assertThat(members.audited(member.id(), "PASSKEY_ADDED")).isEqualTo(1);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Passkey Holder");

            // No email, no password: the passkey alone.
            page.navigate(base() + "/sign-in?next=/account/sessions");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
            arrivesAt(page, "/account/sessions");
            assertThat(page.locator("header").textContent()).contains("Dr Passkey Holder");
            assertThat(page.locator("main").textContent()).contains("passkey");

            page.navigate(base() + "/account");
            page.getByLabel("New name for Work laptop").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename Work laptop")).click();
            assertThat(page.locator(".passkey-list .invalid-message").textContent()).contains("Give the passkey a name");
            page.getByLabel("New name for Work laptop").fill("Home desktop");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rename Work laptop")).click();
            assertThat(page.locator(".passkey-list").textContent()).contains("Home desktop").doesNotContain("Work laptop");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '1 day' where id = :id")
                    .param("id", member.id()).update();
            page.navigate(base() + "/sign-in");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey")).click();
            arrivesAt(page, "/sign-in?error=suspended");
            assertThat(page.locator(".error-summary").textContent()).contains("Your account is suspended");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Passkey Holder");
        }
    }

    @Test
    void aModeratorsPasskeyIsTheirSecondFactor() {
        var moderator = members.aMember().named("Passkey Moderator").withRole(Role.MODERATOR).create();
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            signInWithPassword(page, moderator);
            withAuthenticator(context, page);

            // No second factor yet, so this password session may add the first one.
            page.navigate(base() + "/account");
            page.getByLabel("Name for a new passkey").fill("Security key");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
            added(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

            // A password alone no longer reaches staff pages, nor adds another passkey.
            signInWithPassword(page, moderator);
            page.navigate(base() + "/admin/members");
            assertThat(page.url()).endsWith("/account/second-factor");
            page.navigate(base() + "/account");
            assertThat(page.locator("main").textContent()).contains("first use your second factor");
            assertThat(page.locator("[data-passkey-add]").count()).isZero();

            page.navigate(base() + "/admin/members");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a passkey")).click();
            arrivesAt(page, "/admin/members?continue"); // the page that asked for the second factor
            assertThat(page.locator("h1").textContent()).contains("Members");
        }
    }

    /** Waits for the account page's confirmation, or says what the page's script reported instead. */
    private static void added(Page page) {
        try {
            page.waitForSelector(".alert-success", new Page.WaitForSelectorOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("No passkey added; the page says: "
                    + page.locator("[data-passkey-add] [role=status]").textContent(), e);
        }
    }

    /** Waits until the page is at this path (and query), or says where it is and what the passkey script reported. */
    private void arrivesAt(Page page, String pathAndQuery) {
        try {
            page.waitForURL(base() + pathAndQuery, new Page.WaitForURLOptions().setTimeout(15_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Still at " + page.url() + "; the page says: "
                    + page.locator("#passkey-status").allTextContents(), e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private void signInWithPassword(Page page, Members.Created member) {
        page.navigate(base() + "/sign-in");
        page.getByLabel("Email address").fill(member.email());
        page.getByLabel("Password").fill(member.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page.locator("header").textContent()).contains(member.name());
    }

    /** A platform authenticator on this page that keeps discoverable credentials and verifies its user every time. */
    private static void withAuthenticator(BrowserContext context, Page page) {
        CDPSession devTools = context.newCDPSession(page);
        devTools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var arguments = new JsonObject();
        arguments.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", arguments);
    }
}
