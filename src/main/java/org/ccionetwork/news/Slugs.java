package org.ccionetwork.news;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe slugs of titles, such as {@code the-ccio-in-mental-health}. */
public final class Slugs {

    private Slugs() {
    }

    /** A URL-safe slug of a title: lower case letters, digits and single hyphens. */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }
}
