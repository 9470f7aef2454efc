package org.ccionetwork.shared;

import gg.jte.Content;

/**
 * A module's panel on the home page (the campaign figure, next events, latest news), rendered from the
 * module's own template, so the home page needs to know none of them.
 */
public interface HomePanel {

    /** Where the panel goes: lower first. */
    int order();

    /** The panel for this viewer (which may be {@code null}), or {@code null} to show nothing. */
    Content render(Viewer viewer);
}
