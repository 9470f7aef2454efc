package org.ccionetwork.shared;

/**
 * A module's part of the site-wide search, implemented inside the module so that its own visibility rules
 * decide what each viewer can find. A source runs a fixed number of SQL statements whatever the data size,
 * ranks with {@code ts_rank}, passes the words with {@code websearch_to_tsquery} and highlights with
 * {@code ts_headline} and {@link SearchResult#highlight}.
 */
public interface SearchSource {

    /** A short stable name, used in addresses ({@code /search?q=…&in=news}) and the JSON API. */
    String kind();

    /** The heading of the group, such as "News". */
    String heading();

    /** Where the group goes on the results page: lower first. */
    int order();

    /**
     * What this viewer may find. {@code viewer} is {@code null} for a visitor. A source the viewer may not use
     * at all returns {@code null}, and the group is left out (not shown as empty).
     */
    SearchGroup search(SearchQuery query, Viewer viewer);
}
