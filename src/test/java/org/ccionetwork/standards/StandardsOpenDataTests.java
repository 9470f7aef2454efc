package org.ccionetwork.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The open data: JSON and CSV with ETags that change exactly when the data does, in the OpenAPI description. */
@IntegrationTest
class StandardsOpenDataTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCsvListsEveryStatusAndRevalidatesWithItsETag() throws Exception {
        var moderator = members.aMember().withRole(Role.MODERATOR).create();
        mvc.perform(post("/organisations/RA9/standards/dcb0160").with(csrf()).with(moderator.signedIn())
                .param("status", "LIVE").param("liveSince", "2024-04-01"));

        MvcResult first = mvc.perform(get("/api/v1/standards/adoption.csv")).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentType()).startsWith("text/csv");
        String csv = first.getResponse().getContentAsString();
        assertThat(csv).startsWith("provider,ods_code,standard,status,since,target_date\r\n");
        assertThat(csv).containsPattern(",RA9,dcb0160,live,2024-04-01,\r\n");
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();

        assertThat(mvc.perform(get("/api/v1/standards/adoption.csv").header("If-None-Match", etag)).andReturn()
                .getResponse().getStatus()).isEqualTo(304);

        mvc.perform(post("/organisations/RA9/standards/dcb0160").with(csrf()).with(moderator.signedIn())
                .param("status", "IN_PROGRESS"));
        MvcResult changed = mvc.perform(get("/api/v1/standards/adoption.csv").header("If-None-Match", etag)).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).contains(",RA9,dcb0160,in-progress," + LocalDate.now(org.ccionetwork.shared.Dates.LONDON));
    }

    @Test
    void theJsonListsTheStandardsWithNationalCountsAndAnETag() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/standards")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String json = result.getResponse().getContentAsString();
        assertThat(json).contains("\"slug\":\"nhs-number\"", "\"slug\":\"choose-and-book\"", "\"retired\":true",
                "\"providers\":", "\"liveShare\":", "association, not as a cause");
        String etag = result.getResponse().getHeader("ETag");
        assertThat(mvc.perform(get("/api/v1/standards").header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .isEqualTo(304);
    }

    @Test
    void bothAreInTheOpenApiDescription() throws Exception {
        String api = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("/api/v1/standards", "/api/v1/standards/adoption.csv");
    }
}
