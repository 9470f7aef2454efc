package org.ccionetwork.standards;

import java.time.Instant;
import java.time.LocalDate;

/** Where one provider stands with one standard now, and when that was last changed. */
public record ProviderStatus(long organisationId, long standardId, AdoptionStatus status, LocalDate targetOn,
        LocalDate liveSince, String note, String evidenceUrl, Instant changedAt) {

    /** The date that goes with the status: the target of a plan, or since when it is live. */
    public LocalDate date() {
        return switch (status) {
            case LIVE -> liveSince;
            case PLANNED -> targetOn;
            default -> null;
        };
    }
}
