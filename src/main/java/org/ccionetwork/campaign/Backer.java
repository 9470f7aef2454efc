package org.ccionetwork.campaign;

import java.time.Instant;

/** A backing of the campaign. It shows publicly once confirmed and, for an organisation, approved. */
public record Backer(long id, BackerKind kind, String name, String email, String statement, String contactRole,
        Instant confirmedAt, Instant approvedAt, Instant rejectedAt, Instant createdAt) {
}
