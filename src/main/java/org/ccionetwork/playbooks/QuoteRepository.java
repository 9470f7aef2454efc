package org.ccionetwork.playbooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.forum.QuotablePost;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quotes and their authors' answers. */
@Repository
class QuoteRepository {

    /** The columns {@link #map} reads, prefixed so that a join with blocks keeps them apart. */
    static final String COLUMNS = """
            q.id as q_id, q.playbook_id as q_playbook_id, q.post_id, q.thread_id, q.thread_title, q.chatham_house,
            q.members_only, q.author_id, q.author_name, q.author_organisation, q.text_markdown, q.text_html,
            q.post_edited_at, q.consent, q.text_removed, q.quoted_at
            """;

    private final JdbcClient jdbc;

    QuoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Quote> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from playbooks.quote q where q.id = :id").param("id", id)
                .query(QuoteRepository::map).optional();
    }

    boolean quoted(long playbookId, long postId) {
        return jdbc.sql("select exists(select 1 from playbooks.quote where playbook_id = :p and post_id = :post)")
                .param("p", playbookId).param("post", postId).query(Boolean.class).single();
    }

    long insert(long playbookId, QuotablePost post, String authorName, String organisation, String html,
            Quote.Consent consent, long by, Instant at) {
        return jdbc.sql("""
                insert into playbooks.quote (playbook_id, post_id, thread_id, thread_title, chatham_house, members_only,
                    author_id, author_name, author_organisation, text_markdown, text_html, post_edited_at, consent,
                    quoted_by, quoted_at, answered_at)
                values (:playbook, :post, :thread, :title, :chatham, :membersOnly, :author, :name, :org, :markdown,
                    :html, :edited, :consent, :by, :at, case when :consent = 'AGREED' then cast(:at as timestamptz) end)
                returning id""")
                .param("playbook", playbookId).param("post", post.postId()).param("thread", post.threadId())
                .param("title", post.threadTitle()).param("chatham", post.chathamHouse())
                .param("membersOnly", post.membersOnly()).param("author", post.authorId()).param("name", authorName)
                .param("org", organisation).param("markdown", post.bodyMarkdown()).param("html", html)
                .param("edited", post.editedAt() == null ? null : Timestamp.from(post.editedAt()))
                .param("consent", consent.name()).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The author's answer; false when the quote is not theirs. */
    boolean answer(long quoteId, long authorId, Quote.Consent consent, Instant at) {
        return jdbc.sql("""
                update playbooks.quote set consent = :consent, answered_at = :at
                where id = :id and author_id = :author""")
                .param("id", quoteId).param("author", authorId).param("consent", consent.name())
                .param("at", Timestamp.from(at)).update() == 1;
    }

    boolean removeText(long quoteId, long authorId) {
        return jdbc.sql("update playbooks.quote set text_removed = true where id = :id and author_id = :author")
                .param("id", quoteId).param("author", authorId).update() == 1;
    }

    /** The member's quoted words, with the playbook each is in, newest first. */
    List<PlaybookPages.QuotedWords> byAuthor(long authorId) {
        return jdbc.sql("select " + COLUMNS + """
                , p.title as playbook_title, p.slug as playbook_slug
                from playbooks.quote q join playbooks.playbook p on p.id = q.playbook_id
                where q.author_id = :author order by q.quoted_at desc, q.id desc""")
                .param("author", authorId)
                .query((rs, n) -> new PlaybookPages.QuotedWords(map(rs, n), rs.getString("playbook_title"), rs.getString("playbook_slug")))
                .list();
    }

    long waitingFor(long authorId) {
        return jdbc.sql("select count(*) from playbooks.quote where author_id = :author and consent = 'ASKED' and not text_removed")
                .param("author", authorId).query(Long.class).single();
    }

    void setEraseChoice(long memberId, boolean eraseText) {
        jdbc.sql("""
                insert into playbooks.author_choice (member_id, erase_text) values (:member, :erase)
                on conflict (member_id) do update set erase_text = excluded.erase_text""")
                .param("member", memberId).param("erase", eraseText).update();
    }

    boolean eraseChoice(long memberId) {
        return jdbc.sql("select erase_text from playbooks.author_choice where member_id = :member")
                .param("member", memberId).query(Boolean.class).optional().orElse(false);
    }

    /** An erased author: their name goes from every quote, their words too when they asked. */
    void forgetAuthor(long memberId, boolean eraseText) {
        jdbc.sql("""
                update playbooks.quote set author_id = null, author_name = null, author_organisation = null,
                    text_removed = text_removed or :erase,
                    text_markdown = case when :erase then '' else text_markdown end,
                    text_html = case when :erase then '' else text_html end
                where author_id = :member""")
                .param("member", memberId).param("erase", eraseText).update();
        jdbc.sql("delete from playbooks.author_choice where member_id = :member").param("member", memberId).update();
    }

    static Quote map(ResultSet rs, int row) throws SQLException {
        return new Quote(rs.getLong("q_id"), rs.getLong("q_playbook_id"), rs.getLong("post_id"), rs.getLong("thread_id"),
                rs.getString("thread_title"), rs.getBoolean("chatham_house"), rs.getBoolean("members_only"),
                (Long) rs.getObject("author_id"), rs.getString("author_name"), rs.getString("author_organisation"),
                rs.getString("text_markdown"), rs.getString("text_html"),
                PlaybookRepository.instant(rs, "post_edited_at"), Quote.Consent.valueOf(rs.getString("consent")),
                rs.getBoolean("text_removed"), PlaybookRepository.instant(rs, "quoted_at"));
    }
}
