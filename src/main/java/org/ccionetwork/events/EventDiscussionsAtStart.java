package org.ccionetwork.events;

import org.ccionetwork.forum.EventDiscussions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, after the demonstration content: every published event without a discussion thread gets one (those
 * published before threads were made for events, and the demonstration events, which are loaded directly). Under
 * an advisory lock, so two instances starting together make one thread per event, as the forum's key demands.
 */
@Component
@Order(40)
class EventDiscussionsAtStart implements ApplicationRunner {

    /** The platform's numbered advisory locks: this one is the events' discussions. */
    static final int LOCK = 4242020;
    private static final Logger log = LoggerFactory.getLogger(EventDiscussionsAtStart.class);

    private final EventRepository events;
    private final EventThreads threads;
    private final EventDiscussions discussions;
    private final JdbcClient jdbc;

    EventDiscussionsAtStart(EventRepository events, EventThreads threads, EventDiscussions discussions, JdbcClient jdbc) {
        this.events = events;
        this.threads = threads;
        this.discussions = discussions;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(:lock, 0)").param("lock", LOCK).query().singleValue();
        var ids = events.publishedIds();
        var linked = discussions.linked(ids);
        var missing = ids.stream().filter(id -> !linked.contains(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        events.byIds(missing).forEach(threads::published);
        log.info("Discussion threads made for {} published events", missing.size());
    }
}
