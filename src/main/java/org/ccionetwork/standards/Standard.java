package org.ccionetwork.standards;

import java.time.Instant;

/** One standard of the managed list. A retired standard keeps its statuses and history but takes no new ones. */
public record Standard(long id, String slug, String name, String description, String link, StandardKind kind,
        int position, Instant retiredAt) {

    public boolean retired() {
        return retiredAt != null;
    }
}
