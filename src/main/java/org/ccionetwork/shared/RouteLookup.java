package org.ccionetwork.shared;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxMvcAutoConfiguration;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * hundred mappings. Here a mapping whose path patterns cannot match is passed over at once; the others get
 * Spring's full check, so the same method is chosen as before.
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
        private static final ThreadLocal<PathContainer> PATH = new ThreadLocal<>();

        private final Map<RequestMappingInfo, PathPattern[]> patterns = new ConcurrentHashMap<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            PathContainer previous = PATH.get();
            PATH.set(ServletRequestPathUtils.hasParsedRequestPath(request)
                    ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null);
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                PATH.set(previous);
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathContainer path = PATH.get();
            if (path != null && info.getPathPatternsCondition() != null && !matches(patternsOf(info), path)) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private PathPattern[] patternsOf(RequestMappingInfo info) {
            return patterns.computeIfAbsent(info, i -> i.getPathPatternsCondition().getPatterns().toArray(PathPattern[]::new));
        }

        private static boolean matches(PathPattern[] patterns, PathContainer path) {
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
