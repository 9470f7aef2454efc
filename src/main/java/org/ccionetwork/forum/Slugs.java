package org.ccionetwork.forum;

import java.text.Normalizer;
import java.util.Locale;

final class Slugs {

    private Slugs() {
    }

    /** A readable address part from a title: lower case letters and digits joined by hyphens. */
    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "thread" : slug;
    }
}
