package org.ccionetwork.news;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Topics are stored as slugs ({@code mental-health}) and shown as labels ({@code Mental health}). */
public final class Topics {

    private Topics() {
    }

    /** A URL-safe slug of a title or topic: lower case letters, digits and single hyphens. */
    public static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    /** Topics typed by an editor, separated by commas, as distinct slugs (at most ten). */
    public static List<String> parse(String typed) {
        Set<String> topics = new LinkedHashSet<>();
        if (typed != null) {
            for (String part : typed.split(",")) {
                String slug = slug(part);
                if (!slug.isEmpty() && topics.size() < 10) {
                    topics.add(slug);
                }
            }
        }
        return List.copyOf(topics);
    }

    public static String label(String slug) {
        if (slug == null || slug.isEmpty()) {
            return "";
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The topics as an editor would type them again. */
    public static String typed(List<String> topics) {
        return String.join(", ", topics.stream().map(Topics::label).toList());
    }
}
