package org.ccionetwork.accounts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sessions are touched on every signed-in request (their last access time). Two things keep that cheap:
 * <ul>
 * <li>The row is rewritten only when something else changed or the last recorded access is at least
 * {@link #ACCESS_TIME_GRANULARITY_MILLIS} old, so a member reading page after page costs a read, not a write
 * per page; an eight-hour session may end up to a minute early, which nobody notices.</li>
 * <li>Session writes commit without waiting for the disk: after a crash the worst case is a session a few
 * milliseconds older than it was, while every other transaction of the platform keeps PostgreSQL's full
 * durability.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    static final long ACCESS_TIME_GRANULARITY_MILLIS = 60_000;

    /**
     * Spring Session's own update with the same six parameters in the same order, made conditional. Each
     * {@code ?} may appear only once, hence the one-row {@code v} that names them.
     */
    static final String UPDATE_SESSION_WHEN_IT_MATTERS = """
            UPDATE %TABLE_NAME% s
            SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                PRINCIPAL_NAME = v.principal_name
            FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                         CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                         CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) v
            WHERE s.PRIMARY_ID = v.primary_id
              AND (v.last_access_time - s.LAST_ACCESS_TIME >= %GRANULARITY%
                   OR s.SESSION_ID <> v.session_id
                   OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                   OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name)
            """.replace("%GRANULARITY%", Long.toString(ACCESS_TIME_GRANULARITY_MILLIS));

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionsOnlyWhenItMatters() {
        return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_WHEN_IT_MATTERS);
    }

    /** The platform's own transactions: durable commits, as usual. */
    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    @SpringSessionTransactionManager
    JdbcTransactionManager sessionTransactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(connection, definition);
                try (var statement = connection.createStatement()) {
                    statement.execute("set local synchronous_commit to off");
                }
            }
        };
    }
}
