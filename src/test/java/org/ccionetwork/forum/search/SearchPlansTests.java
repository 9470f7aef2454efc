package org.ccionetwork.forum.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search statements are planned for the words searched, every time: PostgreSQL keeps a generic plan for a
 * server-side prepared statement after five runs, and the driver makes one after five runs of the same text.
 * Each test runs in one transaction, so every statement goes over the one connection whose prepared statements
 * {@code pg_prepared_statements} lists.
 */
@IntegrationTest
class SearchPlansTests {

    @Autowired
    SearchRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSearchRunManyTimesIsNeverAServerSidePreparedStatement() {
        long prepared = new TransactionTemplate(transactions).execute(status -> {
            for (int i = 0; i < 8; i++) {
                repository.search("\"clinical safety\"", false, null, null, null, false, 20);
                repository.counted("interoperability standards", false, 5);
            }
            return prepared("candidates as materialized");
        });
        assertThat(prepared).isZero();
    }

    @Test
    void anOrdinaryStatementRunAsOftenBecomesOne() {
        // What the first test rules out, seen by the same query: the driver's default for other statements.
        long prepared = new TransactionTemplate(transactions).execute(status -> {
            for (int i = 0; i < 8; i++) {
                jdbc.sql("select count(*) as ordinary_search from forum.post p where p.search_document @@ websearch_to_tsquery('english', :q)")
                        .param("q", "clinical safety").query(Long.class).single();
            }
            return prepared("ordinary_search");
        });
        assertThat(prepared).isEqualTo(1);
    }

    private long prepared(String text) {
        return jdbc.sql("select count(*) from pg_prepared_statements where statement like '%' || :text || '%'")
                .param("text", text).query(Long.class).single();
    }
}
