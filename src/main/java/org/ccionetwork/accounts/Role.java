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
}
