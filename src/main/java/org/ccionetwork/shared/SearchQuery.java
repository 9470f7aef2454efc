package org.ccionetwork.shared;

import java.util.Optional;

/**
 * What someone asked the site-wide search, already checked: the words as typed (whitespace tidied), to be
 * passed to PostgreSQL's {@code websearch_to_tsquery} as a parameter and never built into tsquery syntax, and
 * how many hits a source should return.
 *
 * @param text the words, at most {@link #MAX_LENGTH} characters, with at least one letter or digit
 * @param limit how many of the best hits to return
 */
public record SearchQuery(String text, int limit) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        if (problem(text).isPresent()) {
            throw new IllegalArgumentException("Not a search query");
        }
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("Limit out of range: " + limit);
        }
    }

    /** The words with runs of whitespace (tabs and line breaks included) made one space and ends trimmed. */
    public static String tidy(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** What is wrong with the tidied words, as a message for the person, or empty if they can be searched. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of("Enter the words you want to find");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("Enter no more than " + MAX_LENGTH + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE || Character.getType(c) == Character.UNASSIGNED)) {
            return Optional.of("Enter words without control characters");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("Enter at least one letter or number");
        }
        return Optional.empty();
    }
}
