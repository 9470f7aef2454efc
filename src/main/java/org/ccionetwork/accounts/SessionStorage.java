package org.ccionetwork.accounts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sessions are written on every signed-in request (their last access time). Those writes commit without
 * waiting for the disk: after a crash the worst case is a session a few milliseconds older than it was, while
 * every other transaction of the platform keeps PostgreSQL's full durability.
 */
@Configuration(proxyBeanMethods = false)
class SessionStorage {

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
