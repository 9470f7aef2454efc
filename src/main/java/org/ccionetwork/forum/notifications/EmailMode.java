package org.ccionetwork.forum.notifications;

/** How a member wants forum notifications by email. */
public enum EmailMode {
    IMMEDIATE("At once, one email per notification"),
    DIGEST("Once a day, in a digest"),
    NONE("Never: only in the site");

    private final String label;

    EmailMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
