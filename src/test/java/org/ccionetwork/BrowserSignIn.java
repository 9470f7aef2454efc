package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.ccionetwork.accounts.Members;

/**
 * Signing in through the real form in a browser, in one place: when staff need a second factor (or sign in
 * another way), this is the one method to change, and every browser test follows.
 */
final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** Signs the person in within this context (its cookies then carry the session) and returns the page. */
    static Page signIn(BrowserContext context, String base, Members.Created person) {
        Page page = context.newPage();
        page.navigate(base + "/sign-in");
        fillAndSubmit(page, person);
        assertThat(page.url()).as("signed in as %s", person.email()).doesNotContain("/sign-in");
        passSecondFactorIfStaff(context, base, person);
        return page;
    }

    /** Staff pages need a second factor: passed as a person would (HttpPages), in this browser's session. */
    static void passSecondFactorIfStaff(BrowserContext context, String base, Members.Created person) {
        if (person.roles().stream().noneMatch(org.ccionetwork.accounts.Role::isStaff)) {
            return;
        }
        var session = context.cookies(base).stream().filter(c -> c.name.equals("SESSION")).findFirst().orElseThrow();
        try (var http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()) {
            String cookie = HttpPages.passSecondFactor(http, java.net.URI.create(base + "/"), person, "SESSION=" + session.value);
            String value = cookie.substring("SESSION=".length());
            if (!value.equals(session.value)) {
                context.addCookies(java.util.List.of(new com.microsoft.playwright.options.Cookie("SESSION", value)
                        .setDomain(session.domain).setPath(session.path).setHttpOnly(session.httpOnly)
                        .setSameSite(session.sameSite)));
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not pass the second factor for " + person.email(), e);
        }
    }

    /** Fills in the sign-in form already on the page and sends it. */
    static void fillAndSubmit(Page page, Members.Created person) {
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(person.password());
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")
                .setExact(true)).click());
    }
}
