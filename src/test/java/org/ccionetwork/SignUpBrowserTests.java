package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.ccionetwork.TestMailServer.Mailbox;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person in a real browser (Debian's Chromium driven by Playwright) signs up, follows the emailed link,
 * signs in and signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestMailServer.class)
class SignUpBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Mailbox mailbox;

    @Test
    void signUpConfirmSignInAndSignOut() {
        String base = "http://localhost:" + port;
        String email = Members.uniqueEmail("browser");
        try (BrowserContext context = Chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Join the network").setExact(true)).first().click();
            assertThat(page.title()).startsWith("Join the network");

            page.getByLabel("Full name").fill("Dr Browser Tester");
            page.getByLabel("Email address").fill(email);
            page.getByLabel("Password").fill("lighthouse marmalade cobalt 9");
            page.getByLabel("Profession").selectOption("NURSE");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Create my account")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Check your email");

            page.navigate(base + mailbox.link(email, "/verify-email"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Your email address is confirmed");

            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Sign in").setExact(true)).last().click();
            page.getByLabel("Email address").fill(email);
            page.getByLabel("Password").fill("lighthouse marmalade cobalt 9");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            assertThat(page.locator("header").textContent()).contains("Dr Browser Tester");

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign out")).click();
            assertThat(page.locator("main").textContent()).contains("You have signed out");
            assertThat(page.locator("header").textContent()).doesNotContain("Dr Browser Tester");
        }
    }
}
