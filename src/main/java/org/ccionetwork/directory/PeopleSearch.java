package org.ccionetwork.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People in the site-wide search, exactly as the directory shows them: the audience's own search vector (a
 * visitor's holds only what everyone may see, so a hidden or members-only field cannot match), and the snippet
 * made only from the name and, when the role group is shown to this audience, the job title and organisation.
 * Biography, interests, links and registration numbers are in no vector and no snippet. Two statements: the
 * profiles, and the members' status (suspended and erased members are left out, as in the directory).
 */
@Component
class PeopleSearch implements SearchSource {

    private final JdbcClient jdbc;
    private final MemberLookup members;

    PeopleSearch(JdbcClient jdbc, MemberLookup members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public String kind() {
        return "people";
    }

    @Override
    public String heading() {
        return "People";
    }

    @Override
    public int order() {
        return 50;
    }

    private record Row(long memberId, String handle, String name, String profession, String snippet) {
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        boolean signedIn = viewer != null;
        // Fixed SQL per audience, as in ProfileRepository: no text from the request goes into it.
        String vector = signedIn ? "p.member_vector" : "p.public_vector";
        String shown = signedIn ? " <> 'HIDDEN'" : " = 'EVERYONE'";
        var found = SearchRows.of(jdbc.sql("""
                with q as not materialized (select websearch_to_tsquery('simple', :q) as query),
                ranked as (
                    select p.member_id, p.handle, p.name,
                           case when p.role_visibility %2$s then p.profession end as profession,
                           case when p.role_visibility %2$s then nullif(concat_ws(', ', p.job_title, p.organisation_name), '') end as role_line,
                           ts_rank(%1$s, q.query) as rank, count(*) over () as total
                    from directory.profile p, q
                    where p.listing_visibility %2$s and %1$s @@ q.query
                    order by rank desc, lower(p.name), p.member_id limit :limit
                )
                select r.*, ts_headline('simple', r.name || coalesce(' – ' || r.role_line, ''), q.query, :options) as snippet
                from ranked r, q order by r.rank desc, lower(r.name), r.member_id
                """.formatted(vector, shown))
                .param("q", query.text()).param("limit", query.limit()).param("options", SearchResult.HEADLINE_OPTIONS),
                (rs, n) -> new Row(rs.getLong("member_id"), rs.getString("handle"), rs.getString("name"),
                        rs.getString("profession"), rs.getString("snippet")));
        var summaries = members.findAll(found.rows().stream().map(Row::memberId).toList());
        List<SearchResult> results = new ArrayList<>();
        for (Row row : found.rows()) {
            var member = summaries.get(row.memberId());
            boolean own = signedIn && viewer.id() == row.memberId();
            if (member == null || member.email() == null || (member.suspended() && !own && !(signedIn && viewer.isModerator()))) {
                continue;
            }
            String profession = row.profession() == null ? null : Profession.valueOf(row.profession()).label();
            results.add(new SearchResult(row.name(), "/people/" + row.handle(), profession,
                    SearchResult.highlight(row.snippet())));
        }
        String more = signedIn ? "/directory?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) : null;
        return new SearchGroup(kind(), heading(), found.total(), results, more);
    }
}
