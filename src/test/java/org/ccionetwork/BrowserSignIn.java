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
        return page;
    }

    /** Fills in the sign-in form already on the page and sends it. */
    static void fillAndSubmit(Page page, Members.Created person) {
        page.getByLabel("Email address").fill(person.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(person.password());
        page.waitForNavigation(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")
                .setExact(true)).click());
    }
}
