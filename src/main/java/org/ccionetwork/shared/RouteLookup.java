package org.ccionetwork.shared;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method by its path first. For an address with a variable in it
 * ({@code /news/{slug}}), Spring MVC tries every mapping of the application in turn and checks its HTTP method,
 * parameters, headers and media types before its path: a fifth of the article page's CPU, with some two
 * hundred and fifty mappings. Here the mappings are indexed by the literal first segment of their paths, so a
 * request is checked only against those its first segment may reach, each by its path patterns first and then
 * by Spring's full check, and ranked by Spring's comparator: the same method is chosen as before
 * ({@code RouteLookupTests} checks every route of the application against Spring's own lookup).
 */
@Configuration(proxyBeanMethods = false)
class RouteLookup {

    /**
     * Spring Boot uses one {@link WebMvcRegistrations} only: this one, which keeps what htmx-spring-boot's own
     * registers (its {@code @HxRequest} conditions, handler adapter and exception resolver).
     */
    @Bean
    @Primary
    WebMvcRegistrations pathFirstRouteLookup(HtmxMvcAutoConfiguration htmx) {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstMapping();
            }

            @Override
            public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
                return htmx.getRequestMappingHandlerAdapter();
            }

            @Override
            public ExceptionHandlerExceptionResolver getExceptionHandlerExceptionResolver() {
                return htmx.getExceptionHandlerExceptionResolver();
            }
        };
    }

    static final class PathFirstMapping extends HtmxRequestMappingHandlerMapping {

        /** The path of the request being looked up, read once per lookup rather than once per mapping. */
        private static final ThreadLocal<Lookup> LOOKUP = new ThreadLocal<>();

        /**
         * Every mapping's path patterns, and the mappings each first segment of a path may reach, taken once all
         * controllers are registered and never changed after; a mapping registered later is found by Spring's
         * own lookup, which runs whenever the index finds nothing.
         */
        private volatile RouteIndex index = RouteIndex.EMPTY;

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            index = RouteIndex.of(getHandlerMethods());
        }

        /**
         * Spring's lookup, over the mappings the path's first segment may reach instead of all of them: the
         * matching ones are ranked by Spring's comparator, and the best gets Spring's own {@code handleMatch}.
         * No match, a tie, a CORS pre-flight request or an unparsed path goes to Spring's lookup over every
         * mapping, so not-found, method-not-allowed and ambiguity answer exactly as before.
         */
        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            Lookup lookup = ServletRequestPathUtils.hasParsedRequestPath(request)
                    ? Lookup.of(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()) : null;
            if (lookup != null && !CorsUtils.isPreFlightRequest(request)) {
                HandlerMethod found = lookupByIndex(lookup, lookupPath, request);
                if (found != null) {
                    return found;
                }
            }
            Lookup previous = LOOKUP.get();
            LOOKUP.set(lookup);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKUP.set(previous);
            }
        }

        private HandlerMethod lookupByIndex(Lookup lookup, String lookupPath, HttpServletRequest request) {
            List<RouteIndex.Candidate> matched = new ArrayList<>(2);
            List<RequestMappingInfo> infos = new ArrayList<>(2);
            for (RouteIndex.Candidate candidate : index.candidates(lookup.firstSegment())) {
                if (candidate.route().mayMatch(lookup)) {
                    RequestMappingInfo match = super.getMatchingMapping(candidate.info(), request);
                    if (match != null) {
                        matched.add(candidate);
                        infos.add(match);
                    }
                }
            }
            if (matched.isEmpty()) {
                return null;
            }
            int best = 0;
            if (matched.size() > 1) {
                Comparator<RequestMappingInfo> comparator = getMappingComparator(request);
                for (int i = 1; i < infos.size(); i++) {
                    if (comparator.compare(infos.get(i), infos.get(best)) < 0) {
                        best = i;
                    }
                }
                for (int i = 0; i < infos.size(); i++) {
                    if (i != best && comparator.compare(infos.get(i), infos.get(best)) == 0) {
                        return null; // ambiguous: Spring's lookup says so in its own words
                    }
                }
            }
            HandlerMethod method = matched.get(best).method();
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, method);
            handleMatch(infos.get(best), lookupPath, request);
            return method;
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Lookup lookup = LOOKUP.get();
            Route route = lookup == null ? null : index.routes().get(info);
            if (route != null && !route.mayMatch(lookup)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }

    /**
     * The mappings by identity with their routes, and for each literal first segment the mappings that may
     * match a path starting with it: those starting with that segment and those whose first segment is a
     * variable or a wildcard (the only candidates for any other segment).
     */
    record RouteIndex(Map<RequestMappingInfo, Route> routes, Map<String, List<Candidate>> bySegment,
            List<Candidate> anySegment) {

        static final RouteIndex EMPTY = new RouteIndex(Map.of(), Map.of(), List.of());

        record Candidate(RequestMappingInfo info, Route route, HandlerMethod method) {
        }

        static RouteIndex of(Map<RequestMappingInfo, HandlerMethod> methods) {
            Map<RequestMappingInfo, Route> routes = new IdentityHashMap<>();
            Map<String, List<Candidate>> bySegment = new HashMap<>();
            List<Candidate> anySegment = new ArrayList<>();
            methods.forEach((info, method) -> {
                if (info.getPathPatternsCondition() == null) {
                    return;
                }
                Route route = Route.of(info.getPathPatternsCondition().getPatterns());
                routes.put(info, route);
                Candidate candidate = new Candidate(info, route, method);
                if (route.firstSegment() == null) {
                    anySegment.add(candidate);
                } else {
                    bySegment.computeIfAbsent(route.firstSegment(), segment -> new ArrayList<>()).add(candidate);
                }
            });
            if (routes.size() != methods.size()) {
                return EMPTY; // a mapping without path patterns: Spring's lookup for everything
            }
            Map<String, List<Candidate>> reachable = new HashMap<>();
            bySegment.forEach((segment, candidates) -> {
                List<Candidate> all = new ArrayList<>(candidates);
                all.addAll(anySegment);
                reachable.put(segment, List.copyOf(all));
            });
            return new RouteIndex(routes, Map.copyOf(reachable), List.copyOf(anySegment));
        }

        List<Candidate> candidates(String firstSegment) {
            return bySegment.getOrDefault(firstSegment, anySegment);
        }
    }

    /** A request path, with its first segment (decoded, without matrix variables) to compare cheaply. */
    record Lookup(PathContainer path, String firstSegment) {

        static Lookup of(PathContainer path) {
            var elements = path.elements();
            String first = elements.size() > 1 && elements.get(1) instanceof PathContainer.PathSegment segment
                    ? segment.valueToMatch() : "";
            return new Lookup(path, first);
        }
    }

    /**
     * A mapping's path patterns, and the literal first segment they all start with ({@code "news"} for
     * {@code /news/{slug}}), or null when one starts with a variable or a wildcard or they differ: most mappings
     * are passed over by comparing one string.
     */
    record Route(PathPattern[] patterns, String firstSegment) {

        static Route of(Set<PathPattern> patterns) {
            Set<String> firsts = new HashSet<>();
            for (PathPattern pattern : patterns) {
                String text = pattern.getPatternString();
                String rest = text.startsWith("/") ? text.substring(1) : text;
                int slash = rest.indexOf('/');
                String first = slash < 0 ? rest : rest.substring(0, slash);
                firsts.add(first.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == ';' || c == '%') ? null : first);
            }
            String common = firsts.size() == 1 ? firsts.iterator().next() : null;
            return new Route(patterns.toArray(PathPattern[]::new), common);
        }

        boolean mayMatch(Lookup lookup) {
            if (firstSegment != null && !firstSegment.equals(lookup.firstSegment())) {
                return false;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(lookup.path())) {
                    return true;
                }
            }
            return false;
        }
    }
}
