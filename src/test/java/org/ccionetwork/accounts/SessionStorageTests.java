package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SessionStorageTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    @Qualifier("sessionTransactionManager")
    PlatformTransactionManager sessionTransactions;

    @Autowired
    PlatformTransactionManager platformTransactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void readingPageAfterPageDoesNotRewriteTheSessionButAnAccessAMinuteLaterOrANewPrincipalDoes() {
        SessionRepository<Session> sessions = (SessionRepository) this.sessions;
        Session session = sessions.createSession();
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        session.setLastAccessedTime(start);
        sessions.save(session);
        String id = session.getId();

        Session again = sessions.findById(id);
        again.setLastAccessedTime(start.plusSeconds(20));
        sessions.save(again);
        assertThat(lastAccess(id)).as("20 s later: not written").isEqualTo(start.toEpochMilli());

        Session signedIn = sessions.findById(id);
        signedIn.setLastAccessedTime(start.plusSeconds(30));
        signedIn.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "someone@example.nhs.uk");
        sessions.save(signedIn);
        assertThat(lastAccess(id)).as("principal changed: written").isEqualTo(start.plusSeconds(30).toEpochMilli());
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("someone@example.nhs.uk");

        Session later = sessions.findById(id);
        later.setLastAccessedTime(start.plusSeconds(95));
        sessions.save(later);
        assertThat(lastAccess(id)).as("a minute after the last write: written").isEqualTo(start.plusSeconds(95).toEpochMilli());
        assertThat(sessions.findById(id).getAttributeNames()).contains(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
        sessions.deleteById(id);
    }

    private long lastAccess(String id) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void sessionsUseTheirOwnTransactionsAndEverythingElseTheDurableOnes() {
        var operations = ReflectionTestUtils.getField(sessions, "transactionOperations");
        assertThat(operations).isInstanceOf(TransactionTemplate.class);
        assertThat(((TransactionTemplate) operations).getTransactionManager()).isSameAs(sessionTransactions);
        assertThat(platformTransactions).isNotSameAs(sessionTransactions);
    }
}
