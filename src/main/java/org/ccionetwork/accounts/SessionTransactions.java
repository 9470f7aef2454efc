package org.ccionetwork.accounts;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions of Spring Session's JDBC repository. Its writes (a new session, a changed attribute, a
 * session deleted) each run in a new transaction of the session transaction manager, as Spring Session would
 * run them. Reading a session is one SELECT, which needs no transaction of its own: inside {@link #reading} it
 * runs on an auto-committing connection, so a signed-in page pays one round trip to PostgreSQL for its session
 * instead of four (BEGIN, SET LOCAL, the SELECT, COMMIT).
 */
final class SessionTransactions implements TransactionOperations {

    private final TransactionTemplate writes;
    private final ThreadLocal<Boolean> reading = new ThreadLocal<>();

    SessionTransactions(PlatformTransactionManager sessionTransactionManager) {
        this.writes = new TransactionTemplate(sessionTransactionManager);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return reading.get() != null ? TransactionOperations.withoutTransaction().execute(action) : writes.execute(action);
    }

    /** Runs a read of the session repository (one statement, or a read and the delete of an expired session) without a transaction. */
    <T> T reading(Supplier<T> read) {
        reading.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            reading.remove();
        }
    }
}
