package org.ccionetwork.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
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

    @Bean
    WebMvcRegistrations pathFirstRouteLookup() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstMapping();
            }
        };
    }

    static final class PathFirstMapping extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
            if (patterns != null && ServletRequestPathUtils.hasParsedRequestPath(request)
                    && !matches(patterns, ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication())) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private static boolean matches(PathPatternsRequestCondition patterns, PathContainer path) {
            for (PathPattern pattern : patterns.getPatterns()) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
