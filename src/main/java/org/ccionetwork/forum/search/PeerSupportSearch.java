package org.ccionetwork.forum.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.forum.ForumAccessRules;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchResult;
import org.ccionetwork.shared.SearchRows;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * Peer support in the site-wide search, under the forum's own rules: nothing for visitors or for members who
 * may not use the forum now (suspended); no Chatham House category for sponsors' staff; and no author named
 * for a post in a Chatham House category. Five statements: the member's status, their forum settings, the
 * posts, the count and the authors' names.
 */
@Component
class PeerSupportSearch implements SearchSource {

    private final ForumService forum;
    private final SearchRepository search;
    private final MemberLookup members;
    private final Clock clock;

    PeerSupportSearch(ForumService forum, SearchRepository search, MemberLookup members, Clock clock) {
        this.forum = forum;
        this.search = search;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "community";
    }

    @Override
    public String heading() {
        return "Peer support";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public SearchGroup search(SearchQuery query, Viewer viewer) {
        if (viewer == null || members.find(viewer.id()).filter(m -> ForumAccessRules.active(m, clock.instant())).isEmpty()) {
            return null;
        }
        Reader reader = forum.reader(viewer);
        String more = "/community/search?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8);
        SearchRows<SearchHit> counted;
        try {
            counted = search.counted(query.text(), reader.sponsorStaff(), query.limit());
        } catch (SearchTookTooLong tooLong) {
            return new SearchGroup(kind(), heading(), 0, List.of(), more); // the forum's own search says why
        }
        List<SearchHit> found = counted.rows();
        var names = members.findAll(found.stream().filter(h -> !h.chathamHouse()).map(SearchHit::authorId)
                .collect(Collectors.toSet()));
        var results = found.stream().map(hit -> {
            String detail = hit.categoryName() + " · " + hit.created()
                    + (hit.chathamHouse() ? " · Chatham House rule" : " · " + ForumService.name(names, hit.authorId()));
            return new SearchResult(hit.threadTitle(), hit.href(), detail, hit.snippetHtml());
        }).toList();
        return new SearchGroup(kind(), heading(), Math.max(counted.total(), results.size()), results, more);
    }
}
