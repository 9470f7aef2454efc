package org.ccionetwork.shared;

import java.util.List;

/**
 * One kind of thing the site-wide search found: how many matched in all and the best few, ranked.
 *
 * @param kind the source's {@link SearchSource#kind()}
 * @param heading the group's heading, such as "News"
 * @param total how many matched for this viewer
 * @param results the best matches, best first
 * @param moreHref the module's own full search or list for these words, or {@code null} if it has none
 */
public record SearchGroup(String kind, String heading, long total, List<SearchResult> results, String moreHref) {

    public SearchGroup {
        results = List.copyOf(results);
    }

    public static SearchGroup empty(String kind, String heading) {
        return new SearchGroup(kind, heading, 0, List.of(), null);
    }

    /** Sources may stop counting here, so a common word in a million posts costs no more than a rare one. */
    public static final int COUNT_CAP = 1_000;

    /** Sources with many matches rank only this many of the newest, so ranking costs the same for any word. */
    public static final int RANKED = 100;

    /** The count as shown: "more than 1,000" once a source stopped counting. */
    public String totalLabel() {
        return total > COUNT_CAP ? String.format(java.util.Locale.UK, "more than %,d", COUNT_CAP)
                : String.format(java.util.Locale.UK, "%,d", total);
    }

    public boolean more() {
        return total > results.size();
    }
}
