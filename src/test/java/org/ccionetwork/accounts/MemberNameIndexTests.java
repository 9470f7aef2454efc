package org.ccionetwork.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * @mentions look members up by name when a post is saved and by prefix as one types: with 20,000 members both
 * queries must use the index rather than read the whole table. The members are added in a transaction that is
 * rolled back, so no other test sees them.
 */
@IntegrationTest
class MemberNameIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mentionLookupsUseTheNameIndexOnTwentyThousandMembers() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            // Names spread like real ones (random letters first); every tenth member suspended.
            jdbc.sql("""
                    insert into accounts.member (email, name, profession, status)
                    select 'index-' || :run || '-' || i || '@example.org', 'Dr ' || md5(:run || i) || ' ' || i, 'DOCTOR',
                           case when i % 10 = 0 then 'SUSPENDED' else 'ACTIVE' end
                    from generate_series(1, 20000) i""").param("run", run).update();
            jdbc.sql("analyze accounts.member").update();
            String active = jdbc.sql("select name from accounts.member where email = :e").param("e", "index-" + run + "-7@example.org")
                    .query(String.class).single();
            String suspended = jdbc.sql("select name from accounts.member where email = :e").param("e", "index-" + run + "-10@example.org")
                    .query(String.class).single();

            List<String> byNames = plan(MemberRepository.ACTIVE_BY_NAMES.replace(":names", ":a, :b"),
                    jdbc.sql("explain " + MemberRepository.ACTIVE_BY_NAMES.replace(":names", ":a, :b"))
                            .param("a", active.toLowerCase()).param("b", suspended.toLowerCase()));
            String prefix = active.toLowerCase().substring(0, 8) + "%";
            List<String> byPrefix = plan(MemberRepository.ACTIVE_BY_NAME_PREFIX,
                    jdbc.sql("explain " + MemberRepository.ACTIVE_BY_NAME_PREFIX).param("prefix", prefix).param("limit", 8));
            for (List<String> plan : List.of(byNames, byPrefix)) {
                String text = String.join("\n", plan);
                assertThat(text).as(text).contains("member_active_name_idx").doesNotContain("Seq Scan on member");
            }

            // And they still find the right people: active ones only.
            assertThat(repository.findActiveByNames(List.of(active.toLowerCase(), suspended.toLowerCase())))
                    .extracting(Member::name).containsExactly(active);
            assertThat(repository.findActiveByNamePrefix(active.substring(0, 12), 8)).extracting(Member::name).contains(active);
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from accounts.member where email like :e").param("e", "index-" + run + "-%")
                .query(Integer.class).single()).isZero();
    }

    private static List<String> plan(String query, JdbcClient.StatementSpec explain) {
        List<String> plan = explain.query(String.class).list();
        System.out.println("EXPLAIN " + query.replaceAll("\\s+", " ") + "\n" + String.join("\n", plan));
        return plan;
    }
}
