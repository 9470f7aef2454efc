package org.ccionetwork.accounts;

/** The professions a member can give; a fixed list so the directory can filter by it. */
public enum Profession {
    DOCTOR("Doctor"),
    NURSE("Nurse"),
    MIDWIFE("Midwife"),
    ALLIED_HEALTH_PROFESSIONAL("Allied health professional"),
    PHARMACIST("Pharmacist"),
    PSYCHOLOGIST("Psychologist"),
    OTHER_CLINICIAN("Other clinical profession"),
    NOT_CLINICAL("Not a clinician");

    private final String label;

    Profession(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
