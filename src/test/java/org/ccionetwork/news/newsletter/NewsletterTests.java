package org.ccionetwork.news.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.events.Events;
import org.ccionetwork.news.Articles;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class NewsletterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Articles articles;

    @Autowired
    Newsletter newsletter;

    @Autowired
    Outbox outbox;

    @Autowired
    TestMailServer.Mailbox mailbox;

    @Autowired
    Events events;

    @Test
    void aWeekGoesOutOnceToTheMembersWhoOptedIn() throws Exception {
        var reader = members.aMember().create();
        var other = members.aMember().create();
        mvc.perform(post("/account/newsletter").with(csrf()).with(reader.signedIn()).param("subscribe", "true")).andReturn();
        var article = articles.anArticle().write(mvc);

        LocalDate monday = aWeekOfItsOwn();
        int first = newsletter.send(monday, Instant.now());
        int second = newsletter.send(monday, Instant.now());
        assertThat(first).isPositive();
        assertThat(second).isZero();
        var emails = outbox.sentTo(reader.email());
        assertThat(emails).hasSize(1);
        String link = "http://localhost/news/newsletter/unsubscribe?member=" + reader.id() + "&token=" + newsletter.token(reader.id());
        assertThat(emails.getFirst().body()).contains(article.title()).contains("http://localhost/news/" + article.slug())
                .contains(link);
        assertThat(emails.getFirst().headers())
                .containsEntry("List-Unsubscribe", "<" + link + ">")
                .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .containsEntry("List-Id", "CCIO Network weekly newsletter <newsletter.localhost>");
        assertThat(outbox.sentTo(other.email())).isEmpty();
    }

    @Test
    void theDigestListsTheUpcomingEvents() {
        var reader = members.aMember().create();
        newsletter.subscribe(reader.id());
        // Sent in a week far ahead, with an event just after it: no other test's event comes before it.
        LocalDate monday = aWeekOfItsOwn();
        Instant sentAt = monday.atTime(8, 0).atZone(Dates.LONDON).toInstant();
        var event = events.anEvent().startingIn(Duration.between(Instant.now(), sentAt.plus(Duration.ofHours(1)))).create();

        assertThat(newsletter.send(monday, sentAt)).isPositive();
        String body = outbox.sentTo(reader.email()).getFirst().body();
        assertThat(body).contains("UPCOMING EVENTS").contains(event.title())
                .contains("http://localhost/events/" + event.slug()).contains("Test Hall");
    }

    @Test
    void theEmailCarriesAOneClickUnsubscribeThatWorksWithoutSessionOrCsrf() throws Exception {
        var reader = members.aMember().create();
        newsletter.subscribe(reader.id());
        articles.anArticle().write(mvc);
        newsletter.send(aWeekOfItsOwn(), Instant.now());

        var message = mailbox.last(reader.email());
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String header = message.getHeader("List-Unsubscribe", null);
        assertThat(header).startsWith("<http://localhost/news/newsletter/unsubscribe?member=" + reader.id() + "&token=")
                .endsWith(">");
        String path = header.substring(1, header.length() - 1).replace("http://localhost", "");

        // Following the link (as a mail scanner would) only asks.
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .contains("Stop sending me the weekly newsletter");
        assertThat(newsletter.subscribed(reader.id())).isTrue();

        // What a mail program sends (RFC 8058): a POST to the same address, no cookie, no CSRF token.
        MockHttpServletResponse response = mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("You will no longer receive the weekly newsletter");
        assertThat(newsletter.subscribed(reader.id())).isFalse();
    }

    @Test
    void followingTheLinkDoesNotUnsubscribeButTheButtonDoes() throws Exception {
        var reader = members.aMember().create();
        newsletter.subscribe(reader.id());
        String token = newsletter.token(reader.id());
        var page = mvc.perform(unsubscribe(get("/news/newsletter/unsubscribe"), reader.id(), token)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Unsubscribe").contains("name=\"token\" value=\"" + token + "\"");
        assertThat(newsletter.subscribed(reader.id())).isTrue();

        // The confirmation page's button, without signing in.
        assertThat(mvc.perform(unsubscribe(post("/news/newsletter/unsubscribe"), reader.id(), token)).andReturn()
                .getResponse().getContentAsString()).contains("You will no longer receive");
        assertThat(newsletter.subscribed(reader.id())).isFalse();
    }

    @Test
    void aForgedOrAnotherMembersTokenIsRefusedWithAPageThatSaysSo() throws Exception {
        var reader = members.aMember().create();
        var other = members.aMember().create();
        newsletter.subscribe(reader.id());
        String othersToken = newsletter.token(other.id());
        for (var request : java.util.List.of(
                unsubscribe(get("/news/newsletter/unsubscribe"), reader.id(), "forged"),
                unsubscribe(post("/news/newsletter/unsubscribe"), reader.id(), "forged"),
                unsubscribe(post("/news/newsletter/unsubscribe"), reader.id(), othersToken),
                unsubscribe(post("/news/newsletter/unsubscribe").with(csrf()).with(other.signedIn()), reader.id(), othersToken),
                post("/news/newsletter/unsubscribe").param("member", String.valueOf(reader.id())))) {
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentAsString()).contains("This link is not valid");
        }
        assertThat(newsletter.subscribed(reader.id())).isTrue();
    }

    @Test
    void theAccountPageShowsAndChangesTheChoice() throws Exception {
        var reader = members.aMember().create();
        assertThat(mvc.perform(get("/account").with(reader.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("id=\"newsletter\"").contains("You do not receive the newsletter.")
                .contains("action=\"/account/newsletter\"");

        var response = mvc.perform(post("/account/newsletter").with(csrf()).with(reader.signedIn()).param("subscribe", "true"))
                .andReturn();
        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/account#newsletter");
        assertThat(response.getFlashMap().values()).contains("You will receive the weekly newsletter.");
        assertThat(newsletter.subscribed(reader.id())).isTrue();
        assertThat(mvc.perform(get("/account").with(reader.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("You receive the newsletter.");

        mvc.perform(post("/account/newsletter").with(csrf()).with(reader.signedIn()).param("subscribe", "false")).andReturn();
        assertThat(newsletter.subscribed(reader.id())).isFalse();
    }

    @Test
    void changingTheChoiceStillNeedsTheCsrfToken() throws Exception {
        var reader = members.aMember().create();
        assertThat(mvc.perform(post("/account/newsletter").with(reader.signedIn()).param("subscribe", "true"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(newsletter.subscribed(reader.id())).isFalse();
    }

    @Test
    void theOldNewsletterAddressLeadsToTheAccountPage() throws Exception {
        var reader = members.aMember().create();
        assertThat(mvc.perform(get("/news/newsletter").with(reader.signedIn())).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account#newsletter");
        var response = mvc.perform(post("/news/newsletter").with(csrf()).with(reader.signedIn()).param("subscribe", "true"))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/account#newsletter");
        assertThat(newsletter.subscribed(reader.id())).isTrue();
    }

    private static MockHttpServletRequestBuilder unsubscribe(MockHttpServletRequestBuilder request, long member, String token) {
        return request.param("member", String.valueOf(member)).param("token", token);
    }

    /** A week of its own, so no other test's run of the job can have claimed it. */
    private static LocalDate aWeekOfItsOwn() {
        return LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(5000), 1, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
