package org.ccionetwork.events;

/** Where an event stands: only published events are listed and open to registration. */
public enum EventStatus {
    DRAFT("Draft"),
    PUBLISHED("Published"),
    CANCELLED("Cancelled");

    private final String label;

    EventStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
