package org.ccionetwork.standards;

/** Where a provider stands with a standard. */
public enum AdoptionStatus {

    NOT_KNOWN("Not known"),
    NOT_STARTED("Not started"),
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    LIVE("Live");

    private final String label;

    AdoptionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The short mark of the providers × standards matrix. */
    public String code() {
        return switch (this) {
            case LIVE -> "L";
            case IN_PROGRESS -> "IP";
            case PLANNED -> "P";
            case NOT_STARTED -> "NS";
            case NOT_KNOWN -> "·";
        };
    }

    /** The value as written in addresses and open data: {@code in-progress}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static AdoptionStatus parse(String value) {
        if (value == null) {
            return null;
        }
        for (AdoptionStatus status : values()) {
            if (status.name().equalsIgnoreCase(value) || status.slug().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
