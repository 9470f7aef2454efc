package org.ccionetwork.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.SearchGroup;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.SearchSource;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site-wide search: asks every module's {@link SearchSource}, in their fixed order, and shows each kind's
 * best few with its count. It knows no module: each source applies its own rules.
 * With {@code in=<kind>} it asks one source for a longer list, for kinds whose module has no search of its own.
 */
@Controller
class SiteSearchController {

    static final int PER_GROUP = 5;
    static final int ONE_KIND = 50;

    private final List<SearchSource> sources;

    SiteSearchController(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)
                .thenComparing(SearchSource::kind)).toList();
    }

    @GetMapping("/search")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String in) {
        if (q == null) {
            return Views.page("site/search", new SearchPage("", null, FormErrors.NONE, List.of(), false));
        }
        String text = SearchQuery.tidy(q);
        var problem = SearchQuery.problem(text);
        String kind = known(in);
        if (problem.isPresent()) {
            String shown = text.length() > SearchQuery.MAX_LENGTH ? text.substring(0, SearchQuery.MAX_LENGTH) : text;
            return Views.invalid("site/search", new SearchPage(shown, kind, FormErrors.of("q", problem.get()),
                    List.of(), false));
        }
        var groups = run(text, kind, Viewers.current().orElse(null));
        return Views.page("site/search", new SearchPage(text, kind, FormErrors.NONE, groups, true));
    }

    @GetMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<?> api(@RequestParam(required = false) String q, @RequestParam(required = false) String in) {
        String text = SearchQuery.tidy(q);
        var problem = SearchQuery.problem(text);
        if (problem.isPresent()) {
            var detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.get() + ".");
            detail.setTitle("The search words are not valid");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        var groups = run(text, known(in), Viewers.current().orElse(null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", text);
        body.put("groups", groups);
        return ResponseEntity.ok(body);
    }

    private List<SearchGroup> run(String text, String kind, Viewer viewer) {
        var query = new SearchQuery(text, kind == null ? PER_GROUP : ONE_KIND);
        List<SearchGroup> groups = new ArrayList<>();
        for (SearchSource source : sources) {
            if (kind == null || kind.equals(source.kind())) {
                groups.add(source.search(query, viewer));
            }
        }
        return groups.stream().filter(Objects::nonNull).toList();
    }

    private String known(String in) {
        return sources.stream().map(SearchSource::kind).filter(k -> k.equals(in)).findFirst().orElse(null);
    }
}
