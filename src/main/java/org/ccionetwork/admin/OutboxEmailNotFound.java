package org.ccionetwork.admin;

/** No email in the outbox has the id asked for. */
public final class OutboxEmailNotFound extends RuntimeException {

    private OutboxEmailNotFound(String message) {
        super(message, null, false, false);
    }

    public static OutboxEmailNotFound forId(long id) {
        return new OutboxEmailNotFound("No outbox email #" + id);
    }
}
