package org.ccionetwork.shared;

import gg.jte.Content;

/**
 * A module's section of the member's own account page (the newsletter choice, say), rendered from the module's
 * own template, so the accounts module needs to know none of them. The section's forms post to the module's own
 * routes, which redirect back to {@code /account} with a flash message.
 */
public interface AccountSection {

    /** Where the section goes: lower first. */
    int order();

    /**
     * The section for the signed-in member ({@code site.viewer()}), or {@code null} to show nothing. The site
     * gives the CSRF token for the section's forms.
     */
    Content render(Site site);
}
