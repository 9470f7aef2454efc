package org.ccionetwork.events.materials;

/** What an event's file is: the speakers' slides or the notes of the event. */
public enum MaterialKind {
    SLIDES("Slides"), NOTES("Notes");

    private final String label;

    MaterialKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
