package org.ccionetwork.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class ProviderRegisterTests {

    @Autowired
    ProviderRegister register;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void everyRowOfTheRegisterIsLoadedOnce() {
        assertThat(ProviderRegister.read()).hasSize(202);
        int before = count();
        register.run(null);
        assertThat(count()).isEqualTo(before).isGreaterThanOrEqualTo(202);
        assertThat(jdbc.sql("select count(*) from organisations.organisation where ods_code in ('R0A', 'RRU', 'K0N6A', 'TAH')")
                .query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    @Transactional
    void aChangedRowIsUpdatedAndARetiredOneStaysRetired() {
        jdbc.sql("update organisations.organisation set postcode = 'OLD 1AA', ods_name = 'OLD NAME', retired_at = now() where ods_code = 'RRU'").update();
        register.run(null);
        var row = jdbc.sql("select postcode, name, retired_at is not null from organisations.organisation where ods_code = 'RRU'")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3)).single();
        assertThat(row).isEqualTo("SE1 8SD|London Ambulance Service NHS Trust|true");
    }

    @Test
    void namesAreWrittenAsPeopleWriteThem() {
        assertThat(NameFormat.display("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST")).isEqualTo("Guy's and St Thomas' NHS Foundation Trust");
        assertThat(NameFormat.display("THE ONLINE NHS TRUST")).isEqualTo("The Online NHS Trust");
        assertThat(NameFormat.display("BARKING, HAVERING AND REDBRIDGE UNIVERSITY HOSPITALS NHS TRUST"))
                .isEqualTo("Barking, Havering and Redbridge University Hospitals NHS Trust");
        assertThat(NameFormat.display("HAMPSHIRE AND ISLE OF WIGHT HEALTHCARE NHS FOUNDATION TRUST"))
                .isEqualTo("Hampshire and Isle of Wight Healthcare NHS Foundation Trust");
    }

    @Test
    void theCsvParserHandlesQuotedCommas() {
        assertThat(ProviderRegister.parse("RF4,\"BARKING, HAVERING AND REDBRIDGE\",acute,London,RM7 0AG"))
                .containsExactly("RF4", "BARKING, HAVERING AND REDBRIDGE", "acute", "London", "RM7 0AG");
    }

    @Test
    void theRegisterPageSearchesFiltersAndPages() throws Exception {
        String byName = mvc.perform(get("/organisations").param("q", "ambulance london")).andReturn().getResponse().getContentAsString();
        assertThat(byName).contains("London Ambulance Service NHS Trust").contains("1 organisation found");
        String byCode = mvc.perform(get("/organisations").param("q", "rp4")).andReturn().getResponse().getContentAsString();
        assertThat(byCode).contains("Great Ormond Street Hospital for Children NHS Foundation Trust");
        String ambulance = mvc.perform(get("/organisations").param("sector", "ambulance")).andReturn().getResponse().getContentAsString();
        assertThat(ambulance).contains("organisations found").doesNotContain("Great Ormond Street");
        String fragment = mvc.perform(get("/organisations").param("region", "London").header("HX-Request", "true")
                .header("HX-Target", "results")).andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"results\">").doesNotContain("<h1>");
        String bogus = mvc.perform(get("/organisations").param("sector", "<script>").param("sort", "drop table")
                .param("page", "99999")).andReturn().getResponse().getContentAsString();
        assertThat(bogus).doesNotContain("<script>").contains("organisations found");
    }

    @Test
    void theApiRefusesABadPageSizeWithAProblem() throws Exception {
        var response = mvc.perform(get("/api/v1/organisations").param("size", "100000")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var typeMismatch = mvc.perform(get("/api/v1/organisations").param("page", "abc")).andReturn().getResponse();
        assertThat(typeMismatch.getStatus()).isEqualTo(400);
        assertThat(typeMismatch.getContentType()).startsWith("application/problem+json");
    }

    private int count() {
        return jdbc.sql("select count(*) from organisations.organisation where kind = 'NHS_PROVIDER'").query(Integer.class).single();
    }
}
