package org.ccionetwork.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, waiting longer for a connection when the database is merely busy than when it is out of
 * reach. The pool's own {@code connection-timeout} stays short, so that during an outage a request gets the
 * 503 page within a few seconds. But when the pool times out because every one of its connections is open and
 * lent out, and no attempt to open one has failed since the last success, the database is answering and the
 * requests ahead are simply queued (three hundred members pressing "Register" at once, say). So the request
 * asks again, until {@code ccio.database-busy-patience} (15 seconds unless set) has passed in all; then it
 * fails with {@link DatabaseBusy}.
 */
class BusyPoolPatience extends DelegatingDataSource {

    private final HikariDataSource pool;
    private final long patienceNanos;

    BusyPoolPatience(HikariDataSource pool, Duration patience) {
        super(pool);
        this.pool = pool;
        this.patienceNanos = patience.toNanos();
    }

    @Override
    public Connection getConnection() throws SQLException {
        long started = System.nanoTime();
        while (true) {
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException timedOut) {
                if (!busy(timedOut)) {
                    throw timedOut;
                }
                long waited = System.nanoTime() - started;
                if (waited >= patienceNanos) {
                    throw new DatabaseBusy(Duration.ofNanos(waited), timedOut);
                }
            }
        }
    }

    /**
     * A timeout with no failed attempt to connect behind it, while the pool holds every connection it may: they
     * are all working, and all in use. (When the database goes, the pool drops each connection it finds broken
     * and the attempts to replace them fail, which the timeout then carries as its cause.)
     */
    private boolean busy(SQLTransientConnectionException timedOut) {
        HikariPoolMXBean state = pool.getHikariPoolMXBean();
        return timedOut.getCause() == null && state != null && state.getTotalConnections() >= pool.getMaximumPoolSize();
    }

    @Configuration(proxyBeanMethods = false)
    static class AroundThePool {

        /** Static, so that it is in place before the pool is made, whichever configuration makes it. */
        @Bean
        static BeanPostProcessor busyPoolPatience(Environment environment) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool) {
                        return new BusyPoolPatience(pool, environment.getProperty("ccio.database-busy-patience",
                                Duration.class, Duration.ofSeconds(15)));
                    }
                    return bean;
                }
            };
        }
    }
}
