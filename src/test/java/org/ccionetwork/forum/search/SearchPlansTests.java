package org.ccionetwork.forum.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How search statements are planned and what the plan may skip. They are planned for the words searched,
 * every time: PostgreSQL keeps a generic plan for a server-side prepared statement after five runs, and the
 * driver makes one after five runs of the same text; the tests of that run in one transaction, so every
 * statement goes over the one connection whose prepared statements {@code pg_prepared_statements} lists. A
 * phrase walks the newest posts first, and the older ones only when those hold too few matches.
 */
@IntegrationTest
class SearchPlansTests {

    @Autowired
    SearchRepository repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Members members;
    @Autowired
    Categories categories;
    @Autowired
    Threads threads;

    @Test
    void aPhraseIsFoundAmongTheNewestPostsAndBeyondThemEachMatchOnce() {
        var author = members.aMember().create();
        var category = categories.aCategory().create();
        String word = Threads.uniqueWord();
        List<Long> older = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            older.add(post(author, category, "Older " + i, word + " audit trail, post " + i));
        }
        for (int i = 0; i < 3; i++) {
            post(author, category, "Between " + i, word + " trail audit, the words the other way");
        }
        long newest = post(author, category, "Newest", "A fresh " + word + " audit");
        // Only the newest two posts are walked: the newest matches, the other four are beyond them.
        repository.recentPosts(2);
        try {
            var hits = repository.search("\"" + word + " audit\"", false, null, null, null, false, 20);
            assertThat(hits).extracting(SearchHit::postId).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(Stream.concat(older.stream(), Stream.of(newest)).toList());
            assertThat(repository.counted("\"" + word + " audit\"", false, 5).total()).isEqualTo(5);
            assertThat(repository.search("\"" + word + " audit\" -fresh", false, null, null, null, false, 20))
                    .extracting(SearchHit::postId).containsExactlyInAnyOrderElementsOf(older);
        } finally {
            repository.recentPosts(SearchRepository.RECENT_POSTS);
        }
    }

    private long post(Members.Created author, Categories.Created category, String title, String body) {
        long thread = threads.aThread().in(category).by(author).titled(title).saying(body).start().id();
        return jdbc.sql("select id from forum.post where thread_id = :thread and position = 0").param("thread", thread)
                .query(Long.class).single();
    }

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
