package org.ccionetwork.organisations;

import java.util.Locale;
import java.util.Set;

/** Turns the register's upper-case names into the way people write them: "Guy's and St Thomas' NHS Foundation Trust". */
final class NameFormat {

    private static final Set<String> UPPER = Set.of("NHS", "UK", "NHSFT", "II", "III");
    private static final Set<String> LOWER = Set.of("AND", "OF", "THE", "FOR", "IN", "ON", "AT", "UPON", "WITH");

    private NameFormat() {
    }

    static String display(String odsName) {
        String[] words = odsName.strip().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                out.append(' ');
            }
            out.append(formatWord(word, i == 0));
        }
        return out.toString();
    }

    private static String formatWord(String word, boolean first) {
        String upper = word.toUpperCase(Locale.ROOT);
        if (UPPER.contains(upper)) {
            return upper;
        }
        if (!first && LOWER.contains(upper)) {
            return upper.toLowerCase(Locale.ROOT);
        }
        // Capitalise each part of hyphenated or bracketed words: "(NHS)" stays, "SOUTH-WEST" becomes "South-West".
        StringBuilder out = new StringBuilder();
        boolean startOfPart = true;
        for (char c : word.toCharArray()) {
            if (Character.isLetter(c)) {
                out.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
                startOfPart = false;
            } else {
                out.append(c);
                startOfPart = c == '-' || c == '(' || c == '/';
            }
        }
        String result = out.toString();
        return result.equals("(Nhs)") ? "(NHS)" : result;
    }
}
