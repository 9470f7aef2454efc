package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events list with 5,000 events and 200,000 registrations in the database, all rolled back afterwards.
 * It prints how long the page takes; it asserts only what the page shows, never a time.
 */
@IntegrationTest
@Transactional
class EventListScaleTests {

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
        assertThat(jdbc.sql("select count(*) from events.registration r join events.event e on e.id = r.event_id where e.slug like 'scale-%'")
                .query(Long.class).single()).isEqualTo(200_000);

        mvc.perform(get("/events")).andReturn();
        int runs = 20;
        long started = System.nanoTime();
        String html = "";
        for (int i = 0; i < runs; i++) {
            html = mvc.perform(get("/events?page=3")).andReturn().getResponse().getContentAsString();
        }
        double millis = (System.nanoTime() - started) / 1e6 / runs;
        System.out.printf("/events with 5,000 events and 200,000 registrations: %.1f ms a page (mean of %d)%n", millis, runs);
        assertThat(html).contains("30 places left");
        assertThat(html.split("<li class=\"mb-4\">").length - 1).isEqualTo(20);
    }
}
