package org.ccionetwork.events.registration;

import java.time.Instant;

/** A member's registration for an event; a cancelled one is kept for the record and can be renewed. */
public record Registration(long id, long eventId, long memberId, RegistrationStatus status, String needs,
        long queuePosition, Instant registeredAt, Instant confirmedAt, Instant cancelledAt, Instant checkedInAt) {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }

    public boolean waiting() {
        return status == RegistrationStatus.WAITING;
    }

    public boolean active() {
        return status.active();
    }

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
