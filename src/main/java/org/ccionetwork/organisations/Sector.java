package org.ccionetwork.organisations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sectors of NHS providers, the one list every module uses: the slug stored with an organisation and used in
 * addresses ({@code ?sector=mental-health}), and the label people read.
 */
public enum Sector {

    ACUTE("acute", "Acute"),
    MENTAL_HEALTH("mental-health", "Mental health"),
    COMMUNITY("community", "Community"),
    AMBULANCE("ambulance", "Ambulance"),
    SPECIALIST("specialist", "Specialist"),
    OTHER("other", "Other");

    private static final List<String> SLUGS = Arrays.stream(values()).map(Sector::slug).toList();

    private final String slug;
    private final String label;

    Sector(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** Every sector's slug, in the order of the list. */
    public static List<String> slugs() {
        return SLUGS;
    }

    public static Optional<Sector> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    public static boolean known(String slug) {
        return slug != null && SLUGS.contains(slug);
    }

    /**
     * The label of a stored slug: empty for none, and for a slug the list does not know (an older row), the slug
     * with a capital letter.
     */
    public static String labelOf(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "";
        }
        return fromSlug(slug).map(Sector::label)
                .orElseGet(() -> slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1));
    }
}
