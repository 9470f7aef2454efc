package org.ccionetwork.accounts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sessions are touched on every signed-in request (their last access time). Two things keep that cheap:
 * <ul>
 * <li>The last access is kept to the minute ({@link CoarseAccessTimeSessions}), so a member reading page after
 * page costs a read of the session, not a write per page.</li>
 * <li>Session writes commit without waiting for the disk: after a crash the worst case is a session a few
 * milliseconds older than it was, while every other transaction of the platform keeps PostgreSQL's full
 * durability.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

    /**
     * Spring Session's filter, rebuilt over {@link CoarseAccessTimeSessions} with the same session cookie. (Spring
     * Session offers no hook to wrap the repository its filter uses; the filter is the only reader of it.)
     */
    @Bean
    static BeanPostProcessor coarseSessionAccessTime(ObjectProvider<JdbcIndexedSessionRepository> sessions,
            ObjectProvider<CookieSerializer> cookie) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof CoarseFilter) {
                    return bean;
                }
                var ids = new CookieHttpSessionIdResolver();
                ids.setCookieSerializer(cookie.getObject());
                var filter = new CoarseFilter(new CoarseAccessTimeSessions(sessions.getObject()));
                filter.setHttpSessionIdResolver(ids);
                return filter;
            }
        };
    }

    private static final class CoarseFilter extends SessionRepositoryFilter<CoarseAccessTimeSessions.CoarseSession> {
        CoarseFilter(CoarseAccessTimeSessions sessions) {
            super(sessions);
        }
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
