package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events list with 5,000 events and 200,000 registrations in the database, all rolled back afterwards.
 * It prints how long the page takes; it asserts only what the page shows, never a time. What the page should
 * show is asked of the database directly, so the test does not repeat the numbers it inserted.
 */
@IntegrationTest
@Transactional
class EventListScaleTests {

    private static final Pattern EVENT_LINK = Pattern.compile("<h2 class=\"ccio-card-title\"><a href=\"/events/([^\"]+)\">");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theListStaysOnePageOfTwentyWithThousandsOfEvents() throws Exception {
        jdbc.sql("""
                insert into events.event (slug, title, summary_markdown, summary_html, sector, starts_at, ends_at, venue,
                    capacity, status, cpd_hours)
                select 'scale-' || n, 'Scale event ' || n, '', '', 'Acute', now() + n * interval '2 hours',
                    now() + n * interval '2 hours' + interval '1 hour', 'Somewhere', 60,
                    case when n % 10 = 0 then 'DRAFT' else 'PUBLISHED' end, 1
                from generate_series(1, 5000) n""").update();
        jdbc.sql("""
                insert into events.registration (event_id, member_id, status, queue_position, registered_at)
                select e.id, 2000000000 + m, case when m <= 30 then 'CONFIRMED' when m <= 36 then 'WAITING' else 'CANCELLED' end,
                    nextval('events.queue_position'), now()
                from events.event e cross join generate_series(1, 40) m
                where e.slug like 'scale-%'""").update();
        jdbc.sql("analyze events.event").update();
        jdbc.sql("analyze events.registration").update();

        mvc.perform(get("/events")).andReturn();
        int runs = 20;
        long started = System.nanoTime();
        String html = "";
        for (int i = 0; i < runs; i++) {
            html = mvc.perform(get("/events?page=3")).andReturn().getResponse().getContentAsString();
        }
        double millis = (System.nanoTime() - started) / 1e6 / runs;
        System.out.printf("/events with 5,000 events and 200,000 registrations: %.1f ms a page (mean of %d)%n", millis, runs);

        // What the list promises: published events not yet over, soonest first, twenty a page.
        Timestamp now = Timestamp.from(Instant.now());
        long upcoming = jdbc.sql("select count(*) from events.event where status = 'PUBLISHED' and ends_at > :now")
                .param("now", now).query(Long.class).single();
        List<String> thirdPage = jdbc.sql("""
                select slug from events.event where status = 'PUBLISHED' and ends_at > :now
                order by starts_at, id offset 40 limit 20""").param("now", now).query(String.class).list();
        assertThat(upcoming).as("drafts are not listed").isLessThan(jdbc.sql(
                "select count(*) from events.event where ends_at > :now").param("now", now).query(Long.class).single());

        assertThat(html).contains("<p role=\"status\">" + upcoming + " events</p>");
        assertThat(html).contains("Page 3 of " + (upcoming + 19) / 20);
        assertThat(EVENT_LINK.matcher(html).results().map(m -> m.group(1)).toList()).containsExactlyElementsOf(thirdPage)
                .hasSize(20);
        assertThat(html).contains("30 places left");
        assertThat(html.split("<article class=\"ccio-card\">").length - 1).isEqualTo(20);
    }
}
