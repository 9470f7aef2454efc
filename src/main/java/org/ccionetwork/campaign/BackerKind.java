package org.ccionetwork.campaign;

/** Who backs the campaign; every kind but individuals is an organisation and needs a moderator's approval. */
public enum BackerKind {
    ROYAL_COLLEGE("Royal college", "Royal colleges"),
    IT_COMPANY("IT company", "IT companies"),
    NHS_BODY("NHS body", "NHS bodies"),
    CHARITY("Charity", "Charities"),
    OTHER("Other organisation", "Other organisations"),
    INDIVIDUAL("Individual", "Individuals");

    private final String label;
    private final String plural;

    BackerKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    public boolean organisation() {
        return this != INDIVIDUAL;
    }
}
