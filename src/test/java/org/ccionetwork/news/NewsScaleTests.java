package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Times the news list and the feed with 20,000 articles. Run on demand, since it fills the shared test
 * database: {@code ./mvnw test -Dtest=NewsScaleTests -Dccio.scale=true}. It prints timings, and asserts
 * only that the pages work.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "ccio.scale", matches = "true")
class NewsScaleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newsAndFeedWithTwentyThousandArticles() throws Exception {
        jdbc.sql("""
                insert into news.article (slug, title, standfirst, body_markdown, body_html, topics, author_name, status,
                    members_only, published_at)
                select 'scale-' || n, 'Scale article ' || n, 'Standfirst ' || n, repeat('Body text. ', 200),
                    '<p>' || repeat('Body text. ', 200) || '</p>',
                    array[(array['standards', 'mental-health', 'business-case', 'careers'])[1 + n % 4]],
                    'Scale author', 'PUBLISHED', n % 10 = 0, now() - make_interval(mins => n)
                from generate_series(1, 20000) as n""").update();
        jdbc.sql("insert into news.article_slug (slug, article_id) select slug, id from news.article where slug like 'scale-%'").update();
        jdbc.sql("analyze news.article").update();
        for (String path : new String[] {"/news", "/news?page=800", "/news/topics/mental-health", "/news/feed.atom",
                "/news/feed.rss", "/news/scale-100"}) {
            for (int warm = 0; warm < 5; warm++) {
                mvc.perform(get(path)).andReturn();
            }
            int runs = 20;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(200);
            }
            System.out.printf("SCALE %-30s %6.1f ms per request%n", path, (System.nanoTime() - start) / 1e6 / runs);
        }
        String etag = mvc.perform(get("/news/feed.atom")).andReturn().getResponse().getHeader("ETag");
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertThat(mvc.perform(get("/news/feed.atom").header("If-None-Match", etag)).andReturn().getResponse()
                    .getStatus()).isEqualTo(304);
        }
        System.out.printf("SCALE %-30s %6.1f ms per request%n", "/news/feed.atom (304)", (System.nanoTime() - start) / 1e6 / 20);
    }
}
