package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A visitor reading pages without forms gets no session: sessions are rows in PostgreSQL, and creating one per
 * anonymous page view would turn every read into a write.
 */
@IntegrationTest
class AnonymousVisitorTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/campaign", "/campaign/backers", "/organisations", "/organisations/RJ1", "/events",
            "/news", "/news/feed.atom", "/resources", "/vacancies", "/api/v1/campaign/stats", "/assets/css/site.css"})
    void readingAPublicPageCreatesNoSession(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in", "/sign-up", "/campaign/back"})
    void aPageWithAFormStillCarriesItsToken(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("name=\"_csrf\" value=\"[^\"]{20,}\"");
    }
}
