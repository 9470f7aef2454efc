package org.ccionetwork.shared;

import gg.jte.Content;

/**
 * A module's item in the account bar of the page header (such as the unread notifications count), rendered
 * from the module's own template, so the layout needs to know none of them.
 */
public interface HeaderItem {

    /** The item for this signed-in viewer, or {@code null} to show nothing. */
    Content render(Viewer viewer);
}
