package org.ccionetwork.directory;

/** Who may see a group of fields of a profile. The member themself always sees everything. */
public enum Visibility {
    EVERYONE("Everyone, including visitors"),
    MEMBERS("Members only"),
    HIDDEN("Only me");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether someone who is not the owner sees it: a signed-in member or a visitor. */
    public boolean shownTo(boolean signedIn) {
        return this == EVERYONE || (this == MEMBERS && signedIn);
    }
}
