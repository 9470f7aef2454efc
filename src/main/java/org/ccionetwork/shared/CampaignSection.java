package org.ccionetwork.shared;

import gg.jte.Content;

/**
 * Another module's section on the campaign page (the standards tracker's comparison of providers with and without
 * a CCIO, say), rendered from that module's own template, so the campaign needs to know none of them.
 */
public interface CampaignSection {

    /** Where the section goes: lower first. */
    int order();

    /** The section for this viewer (which may be {@code null}), or {@code null} to show nothing. */
    Content render(Viewer viewer);
}
