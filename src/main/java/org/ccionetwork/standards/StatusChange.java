package org.ccionetwork.standards;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a provider's status for a standard, as the history keeps it. {@code changedAs} says in what
 * capacity (CCIO, MODERATOR, ADMIN, SYSTEM): the public history names the capacity, not the person; the audit log
 * names the person.
 */
public record StatusChange(long id, long organisationId, long standardId, String standardName, AdoptionStatus from,
        AdoptionStatus to, LocalDate targetOn, LocalDate liveSince, String note, String evidenceUrl, Long changedBy,
        String changedAs, Instant changedAt) {

    public String changedAsLabel() {
        return switch (changedAs) {
            case "CCIO" -> "A CCIO of this provider";
            case "MODERATOR" -> "A moderator";
            case "ADMIN" -> "An administrator";
            default -> "The network";
        };
    }
}
