package org.ccionetwork.shared;

import java.time.Instant;

/** An email as the outbox holds it, for the administrators' view. */
public record OutboxEmail(long id, String to, String subject, String body, String status, int attempts,
        Instant createdAt, Instant sentAt, Instant nextAttemptAt, String lastError, String attachmentName,
        java.util.Map<String, String> headers) {

    public OutboxEmail {
        headers = headers == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    }
}
