package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.shared.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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

    @Test
    void aWeekGoesOutOnceToTheMembersWhoOptedIn() throws Exception {
        var reader = members.aMember().create();
        var other = members.aMember().create();
        mvc.perform(post("/news/newsletter").with(csrf()).with(reader.signedIn()).param("subscribe", "true")).andReturn();
        assertThat(mvc.perform(get("/news/newsletter").with(reader.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("You receive the newsletter.");
        var article = articles.anArticle().write(mvc);

        // A week of its own, so no other test's run of the job can have claimed it.
        LocalDate monday = LocalDate.of(2200 + ThreadLocalRandom.current().nextInt(500), 1, 1)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
        int first = newsletter.send(monday, Instant.now());
        int second = newsletter.send(monday, Instant.now());
        assertThat(first).isPositive();
        assertThat(second).isZero();
        var emails = outbox.sentTo(reader.email());
        assertThat(emails).hasSize(1);
        assertThat(emails.getFirst().body()).contains(article.title()).contains("http://localhost/news/" + article.slug())
                .contains("/news/newsletter/unsubscribe?member=" + reader.id() + "&token=");
        assertThat(outbox.sentTo(other.email())).isEmpty();
    }

    @Test
    void theLinkInTheEmailUnsubscribesWithoutSigningIn() throws Exception {
        var reader = members.aMember().create();
        newsletter.subscribe(reader.id());
        String token = newsletter.token(reader.id());
        assertThat(mvc.perform(get("/news/newsletter/unsubscribe").param("member", String.valueOf(reader.id()))
                .param("token", "forged")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/news/newsletter/unsubscribe").with(csrf()).param("member", String.valueOf(reader.id()))
                .param("token", newsletter.token(reader.id() + 1))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(newsletter.subscribed(reader.id())).isTrue();
        assertThat(mvc.perform(get("/news/newsletter/unsubscribe").param("member", String.valueOf(reader.id()))
                .param("token", token)).andReturn().getResponse().getContentAsString()).contains("Unsubscribe");
        assertThat(mvc.perform(post("/news/newsletter/unsubscribe").with(csrf()).param("member", String.valueOf(reader.id()))
                .param("token", token)).andReturn().getResponse().getContentAsString()).contains("You will no longer receive");
        assertThat(newsletter.subscribed(reader.id())).isFalse();
    }
}
