package org.ccionetwork.standards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.ccionetwork.shared.Dates;

/** When an entry needs looking at again: nothing changed for a year, or the target date of a plan has passed. */
final class Staleness {

    private Staleness() {
    }

    static boolean stale(ProviderStatus status, LocalDate today) {
        if (status == null) {
            return false;
        }
        Instant yearAgo = ZonedDateTime.of(today.minusYears(1).atStartOfDay(), Dates.LONDON).toInstant();
        boolean planPassed = status.status() == AdoptionStatus.PLANNED && status.targetOn() != null
                && status.targetOn().isBefore(today);
        return planPassed || !status.changedAt().isAfter(yearAgo);
    }
}
