package org.ccionetwork.accounts;

/** What a person may do. Roles add up: an editor who is also a CCIO holds both. */
public enum Role {
    MEMBER("Member"),
    CCIO("CCIO"),
    EDITOR("Editor"),
    MODERATOR("Moderator"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The staff roles (editor, moderator, administrator), which count only once a second factor is passed. */
    public boolean isStaff() {
        return this == EDITOR || this == MODERATOR || this == ADMIN;
    }
}
