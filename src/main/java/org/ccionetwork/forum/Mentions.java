package org.ccionetwork.forum;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names that might follow an {@code @} in plain text. Names have spaces ("Dr Amara Okafor"), so
 * each of the first one to five words after the sign is a candidate; the members' names decide which is meant.
 */
final class Mentions {

    private static final Pattern AT = Pattern.compile("(?<![\\w@])@([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*(?:[ \\u00A0][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*){0,4})");

    private Mentions() {
    }

    static Set<String> candidates(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null) {
            return names;
        }
        Matcher matcher = AT.matcher(text);
        while (matcher.find() && names.size() < 100) {
            String[] words = matcher.group(1).replace('\u00A0', ' ').split(" ");
            StringBuilder name = new StringBuilder();
            for (String word : words) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(word);
                String candidate = name.toString().replaceAll("[.,'’-]+$", "");
                names.add(candidate.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
