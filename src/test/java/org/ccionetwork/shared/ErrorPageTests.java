package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** MockMvc does not forward to /error, so these call it as the container would. */
@IntegrationTest
class ErrorPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Test
    void aMissingPageIsAFriendlyPageWithoutATrace() throws Exception {
        MvcResult result = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                .requestAttr("jakarta.servlet.error.request_uri", "/nowhere")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Page not found").contains("<main")
                .doesNotContain("Exception");
    }

    @Test
    void anApiErrorIsProblemJson() throws Exception {
        MvcResult result = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
                .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/nothing\"<x>")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(result.getResponse().getContentAsString())
                .contains("\"status\":404").contains("\"title\":\"Not Found\"").contains("\"instance\":\"/api/v1/nothing\\\"\\u003cx\\u003e\"").doesNotContain("<x>");
    }

    @Test
    void aServerErrorSaysNothingWasSavedAndShowsNoDetail() throws Exception {
        MvcResult result = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 500)
                .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("secret detail"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(result.getResponse().getContentAsString()).contains("Sorry, there is a problem with the service")
                .doesNotContain("secret detail");
    }

    @Test
    void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
        MvcResult result = mvc.perform(get("/error")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Page not found")
                .doesNotContain("Sorry, there is a problem with the service");
    }

    @Test
    void anExpiredFormExplainsItself() throws Exception {
        var member = members.aMember().create();
        MvcResult result = mvc.perform(post("/account/details").with(member.signedIn()).with(csrf().useInvalidToken())
                .param("name", "X").param("profession", "DOCTOR")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBadParameterOnAPageIsAPageNotJson() throws Exception {
        MvcResult result = mvc.perform(get("/organisations").param("page", "abc")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        // The container would now forward to /error for the HTML page; no handler wrote problem JSON.
        String type = result.getResponse().getContentType();
        assertThat(type == null || !type.contains("json")).as("content type %s", type).isTrue();
    }

    @Test
    void securityHeadersForbidInlineScriptAndFraming() throws Exception {
        MvcResult result = mvc.perform(get("/")).andReturn();
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void theHomePageHasTheLandmarksAndSkipLink() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html lang=\"en-GB\">").contains("href=\"#main\"").contains("<main id=\"main\"")
                .contains("<header").contains("<footer").contains("aria-label=\"Main\"")
                .doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void frontEndLibrariesAreServed() throws Exception {
        assertThat(mvc.perform(get(Assets.BOOTSTRAP_CSS)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(Assets.HTMX_JS)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/assets/css/site.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void datesAreWrittenTheBritishWayInLondonTime() {
        assertThat(Dates.date(java.time.Instant.parse("2026-11-25T23:30:00Z"))).isEqualTo("25 November 2026");
        assertThat(Dates.dateTime(java.time.Instant.parse("2026-07-01T12:05:00Z"))).isEqualTo("1 July 2026, 13:05");
    }
}
