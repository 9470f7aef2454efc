package org.ccionetwork.organisations;

import java.util.List;

/**
 * What a person asked of the register: words in the name or an ODS code, sector, region, whether a CCIO is in
 * post, the order and the page. Unknown values are dropped rather than trusted.
 */
public record RegisterFilter(String q, String sector, String region, Boolean hasCcio, String sort, int page) {

    public static final List<String> REGIONS = List.of("East of England", "London", "Midlands", "North East and Yorkshire",
            "North West", "South East", "South West");
    public static final List<String> SORTS = List.of("name", "region", "sector", "ccio");

    public RegisterFilter {
        q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        sector = Sector.known(sector) ? sector : null;
        region = region != null && REGIONS.contains(region) ? region : null;
        sort = sort != null && SORTS.contains(sort) ? sort : "name";
        page = Math.max(1, Math.min(page, 10_000));
    }

    /** The query string of this filter, without the page, for links. */
    public String query() {
        StringBuilder out = new StringBuilder();
        append(out, "q", q);
        append(out, "sector", sector);
        append(out, "region", region);
        append(out, "hasCcio", hasCcio == null ? null : hasCcio.toString());
        append(out, "sort", "name".equals(sort) ? null : sort);
        return out.toString();
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
