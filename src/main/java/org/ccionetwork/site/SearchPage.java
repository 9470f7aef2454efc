package org.ccionetwork.site;

import java.util.List;

import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.SearchGroup;

/**
 * The site-wide search page.
 *
 * @param q the words as typed (tidied), for the search box
 * @param in the one kind asked for ({@code /search?q=…&in=news}), or {@code null} for every kind
 * @param errors what is wrong with the words, if anything
 * @param groups each kind's results, in the sources' order; empty until a search is made
 * @param searched whether a search was made
 */
public record SearchPage(String q, String in, FormErrors errors, List<SearchGroup> groups, boolean searched) {

    public long total() {
        return groups.stream().mapToLong(SearchGroup::total).sum();
    }

    /** The address of one kind's longer list for these words. */
    public String kindHref(String kind) {
        return "/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&in=" + kind;
    }
}
