package org.ccionetwork.forum.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Full-text search over the forum, with filters. */
@Controller
class SearchController {

    static final String TOOK_TOO_LONG = "This search took too long to answer. Add a word, put a phrase in quotes, "
            + "or choose a category or a date, and search again.";

    private final ForumService forum;
    private final SearchRepository search;
    private final MemberLookup members;

    SearchController(ForumService forum, SearchRepository search, MemberLookup members) {
        this.forum = forum;
        this.search = search;
        this.members = members;
    }

    @GetMapping("/community/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String author, @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "false") boolean questions) {
        Reader reader = forum.reader(Viewers.current().orElseThrow());
        var categories = forum.categories(reader);
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        String cat = category == null || category.isBlank() ? null : category;
        String who = author == null || author.isBlank() ? null : author.strip();
        LocalDate from = null;
        FormErrors errors = FormErrors.NONE;
        if (since != null && !since.isBlank()) {
            try {
                from = LocalDate.parse(since);
            } catch (DateTimeParseException e) {
                errors = FormErrors.of("since", "Enter a real date");
            }
        }
        List<SearchHit> hits = List.of();
        if (!query.isEmpty() && !errors.any()) {
            List<Long> authors = who == null ? null
                    : members.findActiveByNames(List.of(who)).stream().map(MemberSummary::id).toList();
            try {
                var found = search.search(query, reader.sponsorStaff(), cat, authors,
                        from == null ? null : from.atStartOfDay(Dates.LONDON).toInstant(), questions, 20);
                Map<Long, MemberSummary> names = members.findAll(found.stream().filter(h -> !h.chathamHouse())
                        .map(SearchHit::authorId).collect(Collectors.toSet()));
                hits = found.stream().map(h -> h.named(ForumService.name(names, h.authorId()))).toList();
            } catch (SearchTookTooLong tooLong) {
                errors = FormErrors.of("q", TOOK_TOO_LONG);
            }
        }
        return Views.page("forum/search/search", new SearchPage(query, cat, who, since, questions, categories, hits,
                !query.isEmpty(), errors));
    }
}
