package org.ccionetwork.shared;

import java.util.Locale;

/**
 * Turns what a person typed into a PostgreSQL prefix query of its words, for searches as you type:
 * "jo smi" becomes {@code jo:* & smi:*} and finds "Joanna Smith". Only letters and digits reach the query, so
 * nothing typed can be read as tsquery syntax.
 */
public final class PrefixQuery {

    /** A query that matches no ordinary text, for searches whose words were all punctuation. */
    public static final String NO_MATCH = "nothing-to-match";

    private PrefixQuery() {
    }

    /** The prefix query, or {@code null} when the text has no words. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " & ").append(word).append(":*");
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The prefix query, or one that matches nothing when the text has no words. */
    public static String orNoMatch(String text) {
        String query = of(text);
        return query == null ? NO_MATCH : query;
    }
}
