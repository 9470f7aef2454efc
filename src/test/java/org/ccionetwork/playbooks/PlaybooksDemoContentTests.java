package org.ccionetwork.playbooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.forum.Categories;
import org.ccionetwork.forum.Threads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demonstration playbook is built, once, from the demonstration threads through the real services. */
@IntegrationTest
class PlaybooksDemoContentTests {

    @Autowired
    PlaybooksDemoContent demo;
    @Autowired
    Members members;
    @Autowired
    Categories categories;
    @Autowired
    Threads threads;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemonstrationPlaybookQuotesTheDemonstrationThreadsOnce() {
        boolean editorExists = jdbc.sql("select exists(select 1 from accounts.member where email = 'editor@example.org')")
                .query(Boolean.class).single();
        var editor = editorExists ? null : members.aMember().withEmail("editor@example.org").withRole(Role.EDITOR).create();
        var author = members.aMember().create();
        var replier = members.aMember().withRole(Role.CCIO).create();
        var category = categories.aCategory().create();
        var thread = threads.aThread().in(category).by(author).titled("First 90 days as a CCIO: where did you start?")
                .saying("Where do I start?").start();
        threads.aReplyTo(thread.id()).by(replier).saying("Meet the chief nurse first.").post();

        demo.load();
        demo.load();

        assertThat(jdbc.sql("select count(*) from playbooks.playbook where slug = :s").param("s", PlaybooksDemoContent.SLUG)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from playbooks.quote q join playbooks.playbook p on p.id = q.playbook_id
                where p.slug = :s and q.text_markdown = 'Meet the chief nurse first.'""")
                .param("s", PlaybooksDemoContent.SLUG).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from playbooks.block b join playbooks.playbook p on p.id = b.playbook_id
                where p.slug = :s and b.kind = 'TEXT'""").param("s", PlaybooksDemoContent.SLUG).query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
        assertThat(editor == null || editor.id() > 0).isTrue();
    }
}
