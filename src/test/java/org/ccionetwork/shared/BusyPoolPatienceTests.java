package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import gg.jte.TemplateEngine;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The pool's short timeout is for a database out of reach; a pool whose every connection is merely in use
 * (a stampede of registrations, say) keeps the request waiting, up to the patience, and then answers "very
 * busy" rather than "cannot reach the database". Each case runs on a one-connection pool of its own, on the
 * test run's real PostgreSQL or on a port where nothing listens.
 */
@IntegrationTest
class BusyPoolPatienceTests {

    private static final Duration POOL_TIMEOUT = Duration.ofMillis(250);

    @Autowired
    DataSource dataSource;

    @Autowired
    TemplateEngine templates;

    @Autowired
    DatabaseReachability reachability;

    @Test
    void theApplicationsPoolIsWrappedAndStillUnwrapsToHikari() throws Exception {
        assertThat(dataSource).isInstanceOf(BusyPoolPatience.class);
        assertThat(dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize()).isEqualTo(12);
    }

    @Test
    void aRequestWaitsPastThePoolTimeoutWhileEveryConnectionIsInUse() throws Exception {
        try (HikariDataSource pool = onePooledConnection(jdbcUrl())) {
            var patient = new BusyPoolPatience(pool, Duration.ofSeconds(10));
            Connection held = patient.getConnection();
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = patient.getConnection(); var statement = connection.createStatement();
                        var rows = statement.executeQuery("select 41 + 1")) {
                    rows.next();
                    return rows.getInt(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(POOL_TIMEOUT.multipliedBy(4).toMillis()); // the pool alone would have given up by now
            assertThat(waiting).isNotDone();
            held.close();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(42);
        }
    }

    @Test
    void aPoolBusyForLongerThanThePatienceFailsAsBusyNotAsAnOutage() throws Exception {
        try (HikariDataSource pool = onePooledConnection(jdbcUrl()); Connection held = pool.getConnection()) {
            var patient = new BusyPoolPatience(pool, Duration.ofSeconds(1));
            long started = System.nanoTime();
            assertThatThrownBy(patient::getConnection).isInstanceOf(DatabaseBusy.class)
                    .hasMessageStartingWith("Every database connection stayed in use for");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void aDatabaseOutOfReachFailsAtThePoolTimeoutWithoutThePatience() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource pool = onePooledConnection("jdbc:postgresql://localhost:" + closedPort + "/postgres")) {
            var patient = new BusyPoolPatience(pool, Duration.ofMinutes(1));
            long started = System.nanoTime();
            assertThatThrownBy(patient::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .isNotInstanceOf(DatabaseBusy.class).hasCauseInstanceOf(org.postgresql.util.PSQLException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
        } finally {
            // The refused connections were logged, and the log is where the application learns of an outage: its
            // watcher finds its own database well within seconds, before any other test runs.
            awaitReachable();
        }
    }

    @Test
    void aBusyPoolIsAnswered503VeryBusyAndIsNotTakenForAnOutage() throws Exception {
        awaitReachable();
        var filter = new DatabaseOutage(templates, reachability);
        var request = new MockHttpServletRequest("POST", "/events/an-event/register");
        var response = new MockHttpServletResponse();
        var busy = new DatabaseBusy(Duration.ofSeconds(15), new SQLTransientConnectionException("request timed out"));
        filter.doFilter(request, response, (req, res) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", busy);
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("10");
        assertThat(response.getContentAsString()).contains("Sorry, the site is very busy", "</html>")
                .doesNotContain("cannot reach our database");
        assertThat(reachability.isDown()).isFalse();
        assertThat(DatabaseOutage.unavailability(new CannotGetJdbcConnectionException("x", busy))).isNull();
    }

    private void awaitReachable() throws InterruptedException {
        for (int i = 0; i < 100 && reachability.isDown(); i++) {
            Thread.sleep(100);
        }
        assertThat(reachability.isDown()).as("the application's own database is reachable").isFalse();
    }

    private String jdbcUrl() throws Exception {
        return dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
    }

    private static HikariDataSource onePooledConnection(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(1);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(POOL_TIMEOUT.toMillis());
        pool.setInitializationFailTimeout(-1); // the pool starts even where nothing listens
        return pool;
    }
}
