package org.ccionetwork.shared;

import java.time.Instant;
import java.util.List;

/**
 * A module's entries in the news feeds (playbooks published or substantially revised), so the news module, which
 * writes the feeds, needs to know none of them. Only what visitors may read.
 */
public interface FeedSource {

    /**
     * The newest entries at {@code now}, newest first, at most {@code limit}, in one statement. An entry's
     * {@code updated} time moves whenever the entry changes, so the feed's ETag does too.
     */
    List<Feeds.Entry> entries(Instant now, int limit);
}
