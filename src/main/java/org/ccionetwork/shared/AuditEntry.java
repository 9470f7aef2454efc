package org.ccionetwork.shared;

import java.time.Instant;

/** One privileged action: who did what to what, when and from where. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorLabel, String action, String target,
        String details, String clientIp) {
}
