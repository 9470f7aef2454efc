package org.ccionetwork.organisations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member's claim to be, or to have been, the CCIO of a provider. Verified, it counts for the provider from
 * its start date until its end date; ending it keeps the history.
 */
public record Appointment(long id, long organisationId, String organisationName, String odsCode, long memberId,
        String jobTitle, LocalDate startedOn, LocalDate endedOn, String evidence, boolean showName, Status status,
        Long decidedBy, Instant decidedAt, String decisionReason, Instant createdAt) {

    public enum Status { PENDING, VERIFIED, REJECTED }

    public boolean currentOn(LocalDate day) {
        return status == Status.VERIFIED && !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
