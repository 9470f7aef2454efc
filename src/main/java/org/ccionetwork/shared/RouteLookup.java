package org.ccionetwork.shared;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds a request's controller method by its path first. For an address with a variable in it
 * ({@code /news/{slug}}), Spring MVC tries every mapping of the application in turn and checks its HTTP method,
 * parameters, headers and media types before its path: a fifth of the article page's CPU, with some two
 * hundred mappings. Here a mapping whose path patterns cannot match is passed over at once, most of them by
 * comparing the first segment of the path alone; the others get Spring's full check, so the same method is
 * chosen as before.
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
         * The path patterns of every mapping, by identity, taken once all controllers are registered and never
         * changed after; a mapping registered later gets Spring's own check only.
         */
        private volatile Map<RequestMappingInfo, Route> routes = Map.of();

        @Override
        public void afterPropertiesSet() {
            super.afterPropertiesSet();
            Map<RequestMappingInfo, Route> snapshot = new IdentityHashMap<>();
            for (RequestMappingInfo info : getHandlerMethods().keySet()) {
                if (info.getPathPatternsCondition() != null) {
                    snapshot.put(info, Route.of(info.getPathPatternsCondition().getPatterns()));
                }
            }
            routes = snapshot;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            Lookup previous = LOOKUP.get();
            LOOKUP.set(ServletRequestPathUtils.hasParsedRequestPath(request)
                    ? Lookup.of(ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication()) : null);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKUP.set(previous);
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Lookup lookup = LOOKUP.get();
            Route route = lookup == null ? null : routes.get(info);
            if (route != null && !route.mayMatch(lookup)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
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
