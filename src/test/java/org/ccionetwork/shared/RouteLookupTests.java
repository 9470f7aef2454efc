package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Controller methods found by their path first choose the same method as Spring MVC's own lookup. */
@IntegrationTest
class RouteLookupTests {

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
}
