package org.ccionetwork.directory;

import java.util.List;

/** The groups of profile fields that each carry their own visibility. */
public enum FieldGroup {
    LISTING("Your name and profile page", "Whether you are listed in the directory and who can open your profile page"),
    ROLE("Profession, job title, organisation, region and CCIO appointments", null),
    INTERESTS("Interests", null),
    BIOGRAPHY("Biography", null),
    REGISTRATION("Professional registration", "Never shown to visitors"),
    LINKS("Links", null);

    private final String label;
    private final String hint;

    FieldGroup(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The form field (and column prefix) of this group's visibility. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT) + "Visibility";
    }

    /** The visibilities a member may choose: the registration number is never public. */
    public List<Visibility> choices() {
        return this == REGISTRATION ? List.of(Visibility.MEMBERS, Visibility.HIDDEN) : List.of(Visibility.values());
    }
}
