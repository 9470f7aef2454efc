package org.ccionetwork.organisations;

import gg.jte.Content;
import org.ccionetwork.shared.Viewer;

/**
 * Another module's panel on a provider's page (its open CCIO vacancy, say), rendered from that module's own
 * template, so this module needs to know none of them.
 */
public interface OrganisationPanel {

    /** Where the panel goes: lower first. */
    int order();

    /** The panel for this organisation and viewer (which may be {@code null}), or {@code null} to show nothing. */
    Content render(Organisation organisation, Viewer viewer);
}
