package org.ccionetwork.organisations;

/** How an organisation supports the network, in the order the partners page lists them. */
public enum Partnership {
    PARTNER("Partner"),
    FOUNDATION_SPONSOR("Foundation sponsor"),
    SPONSOR("Sponsor"),
    SUPPORTER("Supporter");

    private final String label;

    Partnership(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
