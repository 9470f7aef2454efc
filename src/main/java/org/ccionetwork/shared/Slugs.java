package org.ccionetwork.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way a title becomes the readable part of an address, such as {@code the-ccio-in-mental-health}.
 * The rules: compatibility decomposition (NFKD) with the accents dropped, so {@code Café} becomes {@code cafe}
 * and {@code ﬁ} becomes {@code fi}; {@code &} read as "and"; lower case; every run of anything but
 * {@code a-z} and {@code 0-9} one hyphen, none at either end; at most {@link #MAX_LENGTH} characters, cut
 * between words where there is a hyphen to cut at. Slugs already stored are never made again, so the
 * addresses people have kept still work.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * The slug of {@code text}, or {@code fallback} when the text has no letter or digit left to make one
     * from (it is {@code null}, empty, or only punctuation or characters outside the Latin alphabet).
     */
    public static String of(String text, String fallback) {
        Objects.requireNonNull(fallback, "fallback");
        if (text == null) {
            return fallback;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = cut(slug);
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String cut(String slug) {
        if (slug.charAt(MAX_LENGTH) == '-') {
            return slug.substring(0, MAX_LENGTH);
        }
        int lastHyphen = slug.lastIndexOf('-', MAX_LENGTH - 1);
        return lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, MAX_LENGTH);
    }
}
