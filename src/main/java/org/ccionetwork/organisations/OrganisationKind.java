package org.ccionetwork.organisations;

public enum OrganisationKind {
    NHS_PROVIDER("NHS provider"),
    ROYAL_COLLEGE("Royal college"),
    PROFESSIONAL_BODY("Professional body"),
    IT_SUPPLIER("IT supplier"),
    CHARITY("Charity"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
