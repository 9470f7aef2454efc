package org.ccionetwork.events.registration;

/** A member's place at an event. */
public enum RegistrationStatus {
    CONFIRMED("Confirmed"),
    WAITING("Waiting list"),
    CANCELLED("Cancelled");

    private final String label;

    RegistrationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return this != CANCELLED;
    }
}
