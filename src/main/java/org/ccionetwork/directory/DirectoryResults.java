package org.ccionetwork.directory;

import org.ccionetwork.shared.PageOf;

/**
 * A page of the directory. The total is counted up to {@link DirectorySearch#MAX_RESULTS}; {@code more} says
 * there are more matches than that, so a search costs the same however many members there are.
 */
public record DirectoryResults(PageOf<ListedProfile> page, boolean more) {
}
