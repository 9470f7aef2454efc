package org.ccionetwork.shared;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * Whether PostgreSQL can be reached, as the application last found, told in the log once each way: one warning
 * when it is lost, one when it is back. While it is lost, the log events of every library that carry the same
 * failure (the pool's broken connections, failed rollbacks, the scheduler's polling, a request cut short) are
 * dropped, since each would be one more stack trace saying the same thing. A watcher tries a connection every
 * second until one succeeds; the pool reconnects by itself.
 */
@Component
class DatabaseReachability {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(DatabaseReachability.class);

    private final DataSource dataSource;
    private final AtomicBoolean down = new AtomicBoolean();
    private final TurboFilter quietWhileDown = new QuietWhileDown();
    /** After the return, failures of requests that were already waiting are not a new outage. */
    private static final Duration SETTLING = Duration.ofSeconds(5);

    private volatile Instant since;
    private volatile Instant recovered;
    private volatile boolean stopped;

    DatabaseReachability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void listen() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.addTurboFilter(quietWhileDown);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getTurboFilterList().remove(quietWhileDown);
        }
    }

    boolean isDown() {
        return down.get();
    }

    /** The database was found out of reach: says so once, and watches for its return. */
    void lost(Throwable cause) {
        Instant back = recovered;
        if (back != null && back.plus(SETTLING).isAfter(Instant.now())) {
            return; // a request that began waiting before the return, failing now
        }
        if (!down.compareAndSet(false, true)) {
            return;
        }
        since = Instant.now();
        log.warn("The database cannot be reached ({}); answering 503 until it can", cause.getMessage());
        Thread.ofVirtual().name("database-watch").start(this::watch);
    }

    private void watch() {
        while (down.get() && !stopped) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(2) && down.compareAndSet(true, false)) {
                    recovered = Instant.now();
                    log.warn("The database can be reached again, after {} s", Duration.between(since, Instant.now()).toSeconds());
                }
            } catch (Exception stillDown) {
                // the next try in a second
            }
        }
    }

    /** Drops log events whose exception says the database is out of reach, and marks it so. */
    private final class QuietWhileDown extends TurboFilter {

        @Override
        public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
            Throwable failure = t;
            if (failure == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
                failure = last;
            }
            if (failure == null || stopped) {
                return FilterReply.NEUTRAL;
            }
            Throwable cause = DatabaseOutage.unavailability(failure);
            if (cause == null) {
                return FilterReply.NEUTRAL;
            }
            lost(cause);
            return FilterReply.DENY;
        }
    }
}
