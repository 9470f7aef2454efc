package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
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

    @Test
    void sessionsUseTheirOwnTransactionsAndEverythingElseTheDurableOnes() {
        var operations = ReflectionTestUtils.getField(sessions, "transactionOperations");
        assertThat(operations).isInstanceOf(TransactionTemplate.class);
        assertThat(((TransactionTemplate) operations).getTransactionManager()).isSameAs(sessionTransactions);
        assertThat(platformTransactions).isNotSameAs(sessionTransactions);
    }
}
