package org.ccionetwork.accounts;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.ccionetwork.shared.BeanAdjustments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are touched on every signed-in request (their last access time). Four things keep that cheap:
 * <ul>
 * <li>The last access is kept to the minute ({@link CoarseAccessTimeSessions}), so a member reading page after
 * page costs a read of the session, not a write per page.</li>
 * <li>That read is one statement in no transaction ({@link SessionTransactions}).</li>
 * <li>The security context read from the same bytes is deserialised once ({@link SessionAttributes}).</li>
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
            ObjectProvider<SessionTransactions> transactions, ObjectProvider<CookieSerializer> cookie) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepositoryFilter<?>) || bean instanceof CoarseFilter) {
                    return bean;
                }
                var ids = new CookieHttpSessionIdResolver();
                ids.setCookieSerializer(cookie.getObject());
                var filter = new CoarseFilter(new CoarseAccessTimeSessions(sessions.getObject(), transactions.getObject()));
                filter.setHttpSessionIdResolver(ids);
                return filter;
            }
        };
    }

    /**
     * Attributes written with PostgreSQL's upsert: the first pages a member opens at once after signing in each
     * add the same new attribute (the CSRF token), and a plain INSERT answered all but one of them with a 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /** Session attributes read through {@link SessionAttributes}, which remembers deserialised security contexts. */
    @Bean
    static BeanPostProcessor rememberedSecurityContexts() {
        return BeanAdjustments.ofEvery(JdbcIndexedSessionRepository.class, sessions -> sessions.setConversionService(
                SessionAttributes.conversionService(sessions.getClass().getClassLoader())));
    }

    private static final class CoarseFilter extends SessionRepositoryFilter<CoarseAccessTimeSessions.CoarseSession> {

        private final CoarseAccessTimeSessions sessions;

        CoarseFilter(CoarseAccessTimeSessions sessions) {
            super(sessions);
            this.sessions = sessions;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                super.doFilterInternal(request, response, chain);
            } finally {
                sessions.forgetSaved();
            }
        }
    }

    /** The platform's own transactions: durable commits, as usual. */
    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    /** The platform's transaction template (Spring Boot makes none once the sessions' operations below exist). */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /**
     * The session repository's transactions, by the name Spring Session looks for: writes in transactions of
     * {@link #sessionTransactionManager}, the read of a session in none.
     */
    @Bean
    SessionTransactions springSessionTransactionOperations(DataSource dataSource) {
        return new SessionTransactions(sessionTransactionManager(dataSource));
    }

    /** Session writes, committed without waiting for the disk. */
    private static JdbcTransactionManager sessionTransactionManager(DataSource dataSource) {
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
