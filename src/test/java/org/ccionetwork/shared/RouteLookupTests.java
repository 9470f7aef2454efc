package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import org.ccionetwork.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Controller methods found by their path first choose the same method as Spring MVC's own lookup. */
@IntegrationTest
class RouteLookupTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @ParameterizedTest
    @CsvSource({
            "GET, /news/a-slug, NewsController.article",
            "GET, /news/feed.atom, FeedController.atom",
            "GET, /events/calendar.ics, CalendarController.programme",
            "GET, /events/an-event.ics, CalendarController.event",
            "GET, /events/an-event, EventsController.event",
            "GET, /community/t/5, ForumController.threadWithoutSlug",
            "GET, /community/t/5/a-slug, ForumController.thread",
            "POST, /community/t/5/replies, ForumController.reply",
            "GET, /organisations/RJ1, OrganisationsController.organisation"})
    void eachPathReachesItsControllerMethodWithHtmxConditionsKept(String method, String path, String expected)
            throws Exception {
        assertThat(mapping).isInstanceOf(RouteLookup.PathFirstMapping.class)
                .isInstanceOf(HtmxRequestMappingHandlerMapping.class);
        var request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        var handler = (HandlerMethod) mapping.getHandler(request).getHandler();
        assertThat(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName()).isEqualTo(expected);
    }

    /**
     * For every path pattern of the application, with its variables filled in, under every HTTP method it takes,
     * the same controller method as Spring MVC's own lookup (a plain mapping over the same controllers).
     */
    @Test
    void everyRouteOfTheApplicationChoosesTheMethodSpringsOwnLookupChooses() throws Exception {
        var plain = new HtmxRequestMappingHandlerMapping();
        plain.setApplicationContext(context);
        plain.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getAutowireCapableBeanFactory() instanceof
                ConfigurableBeanFactory factory ? factory : null));
        plain.setContentNegotiationManager(mapping.getContentNegotiationManager());
        plain.setPatternParser(mapping.getPatternParser());
        plain.afterPropertiesSet();
        int checked = 0;
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*?[^}/]+}", "x1").replace("/**", "/a/b").replace("*", "x1");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    assertThat(describe(mapping, method, path)).as("%s %s", method, path)
                            .isEqualTo(describe(plain, method, path));
                    checked++;
                }
                // and a method it may not take: the same "not allowed" as Spring's own lookup
                assertThat(describe(mapping, RequestMethod.DELETE, path)).as("DELETE %s", path)
                        .isEqualTo(describe(plain, RequestMethod.DELETE, path));
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(describe(mapping, RequestMethod.GET, "/no-such-place/at-all"))
                .isEqualTo(describe(plain, RequestMethod.GET, "/no-such-place/at-all")).isEqualTo("none");
    }

    private static String describe(RequestMappingHandlerMapping mapping, RequestMethod method, String path) {
        var request = new MockHttpServletRequest(method.name(), path);
        request.addHeader("Accept", "text/html");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().toGenericString();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }
}
