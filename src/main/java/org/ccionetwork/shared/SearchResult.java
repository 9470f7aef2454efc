package org.ccionetwork.shared;

import org.springframework.web.util.HtmlUtils;

/**
 * One hit of the site-wide search.
 *
 * @param title the title as plain text (the template escapes it)
 * @param href where the hit lives
 * @param detail a line of plain text under the title (kind, date, place), or {@code null}
 * @param snippetHtml escaped text with the matching words in {@code <mark>}: make it with {@link #highlight}
 */
public record SearchResult(String title, String href, String detail, String snippetHtml) {

    /** Put round matches by {@code ts_headline}; characters no indexed text contains (the filter refuses them). */
    public static final String START = "\u0002";
    public static final String STOP = "\u0003";

    /** The {@code ts_headline} options that use the markers above; pass as a parameter. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** Escapes the headline PostgreSQL made, then turns its markers into {@code <mark>}. */
    public static String highlight(String headline) {
        if (headline == null) {
            return "";
        }
        return HtmlUtils.htmlEscape(headline).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
