package org.ccionetwork.standards;

/** What kind of standard it is, for grouping the list. */
public enum StandardKind {

    IDENTIFIERS("Identifiers"),
    TERMINOLOGIES("Terminologies"),
    RECORDS_AND_DOCUMENTS("Records and documents"),
    MESSAGING_AND_APIS("Messaging and APIs"),
    SAFETY_AND_ASSURANCE("Safety and assurance"),
    IDENTITY_AND_ACCESS("Identity and access");

    private final String label;

    StandardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static StandardKind parse(String value) {
        for (StandardKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        return null;
    }
}
