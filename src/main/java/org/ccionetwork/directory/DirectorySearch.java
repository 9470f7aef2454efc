package org.ccionetwork.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.PrefixQuery;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.Topics;

/**
 * What someone asked of the directory: words in a name, job title or organisation; region; profession; an
 * interest; an organisation of the register (by ODS code); CCIOs only; and the page. Unknown values are dropped.
 */
public record DirectorySearch(String q, String region, Profession profession, Topic interest, String organisation,
        boolean ccio, int page) {

    /** Results are counted up to this many and paged no further: narrower searches find the rest. */
    public static final int MAX_RESULTS = 1000;
    public static final int PAGE_SIZE = 20;

    public DirectorySearch {
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        region = region != null && RegisterFilter.REGIONS.contains(region) ? region : null;
        organisation = organisation != null && organisation.matches("[A-Za-z0-9]{3,6}") ? organisation.toUpperCase(Locale.ROOT) : null;
        page = Math.max(1, Math.min(page, MAX_RESULTS / PAGE_SIZE));
    }

    public static DirectorySearch of(String q, String region, String profession, String interest, String organisation,
            Boolean ccio, Integer page, Topics topics) {
        Profession known = null;
        if (profession != null) {
            for (Profession p : Profession.values()) {
                if (p.name().equals(profession)) {
                    known = p;
                }
            }
        }
        return new DirectorySearch(q, region, known, interest == null ? null : topics.find(interest).orElse(null),
                organisation, Boolean.TRUE.equals(ccio), page == null ? 1 : page);
    }

    /** "amara man" finds "Amara Okafor, Manchester …": each word a prefix. */
    String tsQuery() {
        return q == null ? null : PrefixQuery.orNoMatch(q);
    }

    /** The query string without the page, for links. */
    public String query() {
        StringBuilder out = new StringBuilder();
        append(out, "q", q);
        append(out, "region", region);
        append(out, "profession", profession == null ? null : profession.name());
        append(out, "interest", interest == null ? null : interest.slug());
        append(out, "organisation", organisation);
        append(out, "ccio", ccio ? "true" : null);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
