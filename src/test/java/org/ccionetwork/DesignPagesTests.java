package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.events.Events;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.ccionetwork.shared.LocalPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the redesign promises of the pages themselves: sign-in goes back to a page of this site and never
 * elsewhere, an event says when registration opens instead of offering places it cannot take, a badge is not
 * repeated, the accepted answer is printed once, an htmx fragment opened directly is a whole page, the campaign
 * charts read shares, and the dashboard counts the waiting work.
 */
@IntegrationTest
class DesignPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Events events;

    @Autowired
    Categories categories;

    @Autowired
    Threads threads;

    @Autowired
    JdbcClient jdbc;

    static Stream<String> hostileNextValues() {
        return Stream.of("//evil.example", "//evil.example/events", "https://evil.example", "http:/evil.example",
                "/\\evil.example", "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", " /events",
                "javascript:alert(1)", "evil.example", "/sign-in", "/sign-out", "", "/api/v1/events",
                "/%0d%0aSet-Cookie:x=1".replace("%0d%0a", "\r\n"), "/" + "a".repeat(2100));
    }

    @ParameterizedTest(name = "next = {0}")
    @MethodSource("hostileNextValues")
    void signingInNeverSendsAnyoneOffTheSite(String next) throws Exception {
        var member = members.aMember().create();
        assertThat(LocalPaths.safe(next)).isEmpty();
        var result = mvc.perform(post("/sign-in").with(csrf()).param("email", member.email())
                .param("password", member.password()).param("next", next)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        String page = mvc.perform(get("/sign-in").param("next", next)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("name=\"next\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/events/some-event", "/community/t/12/a-thread?page=2", "/news/topics/ai#latest"})
    void signingInGoesBackToThePageOfThisSiteItCameFrom(String next) throws Exception {
        var member = members.aMember().create();
        String page = mvc.perform(get("/sign-in").param("next", next)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"next\" value=\"" + next.replace("&", "&amp;") + "\"");
        var result = mvc.perform(post("/sign-in").with(csrf()).param("email", member.email())
                .param("password", member.password()).param("next", next)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(next);
        var failed = mvc.perform(post("/sign-in").with(csrf()).param("email", member.email())
                .param("password", "not the password").param("next", next)).andReturn();
        assertThat(failed.getResponse().getRedirectedUrl()).startsWith("/sign-in?error=credentials&next=");
    }

    @Test
    void theHeaderSignInLinkCarriesThePageAndAnEventSaysWhenRegistrationOpens() throws Exception {
        var later = events.anEvent().titled("Opening later").withCapacity(299).inSector("Mental health").create();
        jdbc.sql("update events.event set registration_opens_at = :at where id = :id")
                .param("at", Timestamp.from(Instant.now().plus(Duration.ofDays(10)))).param("id", later.id()).update();
        jdbc.sql("insert into events.event_topic (event_id, topic_slug) values (:id, 'mental-health')")
                .param("id", later.id()).update();
        String page = body("/events/" + later.slug(), null);
        assertThat(page).contains("href=\"/sign-in?next=%2Fevents%2F" + later.slug() + "\"")
                .contains("Registration opens on ").doesNotContain("places left").doesNotContain("Registration is not open");
        String list = body("/events?topic=mental-health", null);
        String card = list.substring(list.indexOf("Opening later"));
        card = card.substring(0, card.indexOf("</article>"));
        assertThat(card).contains("Registration opens on ").doesNotContain("places left");
        assertThat(card.split(">Mental health<", -1)).as("one Mental health badge, not two").hasSize(2);
    }

    @Test
    void theAcceptedAnswerIsPrintedOnceAtTheTopWithALinkToItsPlace() throws Exception {
        var asker = members.aMember().create();
        var ccio = members.aMember().named("Dr Answer Giver").withRole(Role.CCIO).create();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(asker).asQuestion().saying("What works?").start();
        long answer = threads.aReplyTo(thread.id()).by(ccio).saying("The answer that worked for us").post();
        threads.aReplyTo(thread.id()).by(asker).saying("Thanks").post();
        mvc.perform(post("/community/p/" + answer + "/accept").with(csrf()).with(asker.signedIn()));
        String page = body(thread.href(), asker.signedIn());
        assertThat(page.split("The answer that worked for us", -1)).as("the answer's text once").hasSize(2);
        assertThat(page.indexOf("id=\"answer\"")).isLessThan(page.indexOf("id=\"post-" + answer + "\""));
        assertThat(page).contains("href=\"/community/p/" + answer + "\">See this answer in its place in the thread")
                .contains("<a href=\"#answer\">shown in full at the top</a>")
                .contains(">CCIO</span>").contains(">AG</span>");
    }

    @Test
    void theMentionsFragmentOpenedDirectlyIsAWholePage() throws Exception {
        var member = members.aMember().create();
        String whole = body("/community/mentions?q=zz", member.signedIn());
        assertThat(whole).contains("<html lang=\"en-GB\">").contains("<title>Members you can mention");
        String fragment = mvc.perform(get("/community/mentions").param("q", "zz").header("HX-Request", "true")
                .with(member.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html");
    }

    @Test
    void theCampaignChartsDrawSharesWhileTheTablesKeepTheCounts() throws Exception {
        String page = body("/campaign", null);
        assertThat(page).contains("data-chart-series=\"percentage\"").contains("data-percentage=\"")
                .contains("<th scope=\"col\" class=\"text-end\">Providers</th>");
    }

    @Test
    void theDashboardCountsWaitingWorkForModeratorsAndAdministratorsOnly() throws Exception {
        var claimant = members.aMember().create();
        mvc.perform(post("/organisations/RWK/claim").with(csrf()).with(claimant.signedIn())
                .param("jobTitle", "CCIO").param("startedOn", "2025-04-01")
                .param("evidence", "https://example.nhs.uk/board").param("showName", "true"));
        long pending = jdbc.sql("select count(*) from organisations.appointment where status = 'PENDING'")
                .query(Long.class).single();
        assertThat(pending).isPositive();
        String moderator = body("/admin", members.aMember().withRole(Role.MODERATOR).create().signedIn());
        assertThat(moderator).contains("<span class=\"stat-value\">" + pending + "</span><span class=\"stat-label\">CCIO claims</span>")
                .contains("href=\"/admin/backers\"").contains(">Held posts<").doesNotContain(">Failed emails<");
        String admin = body("/admin", members.aMember().withRole(Role.ADMIN).create().signedIn());
        assertThat(admin).contains(">Failed emails<").contains("href=\"/admin/outbox\"");
        String editor = body("/admin", members.aMember().withRole(Role.EDITOR).create().signedIn());
        assertThat(editor).doesNotContain("Waiting for you");
    }

    private String body(String path, RequestPostProcessor who) throws Exception {
        var request = get(path);
        if (who != null) {
            request.with(who);
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
