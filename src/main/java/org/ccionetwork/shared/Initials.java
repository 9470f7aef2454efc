package org.ccionetwork.shared;

import java.util.Locale;
import java.util.Set;

/** The initials an avatar shows for a name: the first letters of its first and last words, titles left out. */
public final class Initials {

    private static final Set<String> TITLES = Set.of("dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir",
            "dame", "rev", "revd");

    private Initials() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        var words = new java.util.ArrayList<String>();
        for (String word : name.strip().split("\\s+")) {
            String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
            if (!bare.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && !TITLES.contains(bare)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            words.add(name.strip());
        }
        String first = firstLetter(words.getFirst());
        return words.size() == 1 ? first : first + firstLetter(words.getLast());
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.UK);
    }
}
