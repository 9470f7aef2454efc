package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SessionStorageTests {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Autowired
    SessionTransactions sessionTransactions;

    @Autowired
    PlatformTransactionManager platformTransactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pageAfterPageWithinAMinuteDoesNotRewriteTheSessionButAPageAMinuteLaterDoes() throws Exception {
        var member = members.aMember().named("Page Turner").create();
        Cookie cookie = SignInTests.signedInSession(mvc, member.email(), member.password());
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.US_ASCII);
        long signedIn = lastAccess(id);

        for (int i = 0; i < 3; i++) {
            assertThat(mvc.perform(get("/account").cookie(cookie)).andReturn().getResponse().getContentAsString())
                    .contains("Page Turner");
        }
        assertThat(lastAccess(id)).as("three pages within the minute: not written").isEqualTo(signedIn);

        jdbc.sql("update spring_session set last_access_time = last_access_time - 61000 where session_id = :id")
                .param("id", id).update();
        mvc.perform(get("/account").cookie(cookie));
        assertThat(lastAccess(id)).as("a minute on: written").isGreaterThanOrEqualTo(signedIn);
        assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = :id")
                .param("id", id).query(Long.class).single()).as("the expiry moves with it").isEqualTo(8 * 3600 * 1000L);
    }

    private long lastAccess(String id) {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void sessionWritesCommitWithoutWaitingForTheDiskReadsRunInNoTransactionAndEverythingElseIsDurable() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);

        TransactionCallback<String> inTransaction = status -> TransactionSynchronizationManager.isActualTransactionActive()
                + " " + synchronousCommit();
        String write = sessionTransactions.execute(inTransaction);
        String read = sessionTransactions.reading(() -> sessionTransactions.execute(inTransaction));
        String writeAfterRead = sessionTransactions.execute(inTransaction);
        String platform = new TransactionTemplate(platformTransactions).execute(inTransaction);

        assertThat(write).as("a session write").isEqualTo("true off, set here");
        assertThat(read).as("reading a session").startsWith("false");
        assertThat(writeAfterRead).as("a write after a read").isEqualTo(write);
        assertThat(platform).as("the platform's own transactions").startsWith("true").doesNotEndWith("set here");
    }

    /** The setting in this transaction, and whether it was set on the connection (tests run with it off for the server). */
    private String synchronousCommit() {
        return jdbc.sql("""
                select setting || case when source = 'session' then ', set here' else '' end
                from pg_settings where name = 'synchronous_commit'""").query(String.class).single();
    }
}
