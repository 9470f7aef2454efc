package org.ccionetwork.playbooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Playbooks with their blocks (sections and quotes, read in one statement) and co-authors. */
@Repository
class PlaybookRepository {

    private static final String COLUMNS = """
            p.id, p.slug, p.title, p.summary, p.topic_slug, p.members_only, p.status, p.revision, p.created_by,
            p.created_at, p.updated_at, p.published_at, p.announced_at""";

    private final JdbcClient jdbc;

    PlaybookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Playbook> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from playbooks.playbook p where p.slug = :slug").param("slug", slug)
                .query(PlaybookRepository::map).optional();
    }

    Optional<Playbook> lockBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from playbooks.playbook p where p.slug = :slug for update")
                .param("slug", slug).query(PlaybookRepository::map).optional();
    }

    /** Published playbooks (members-only ones too when {@code member}), by title; drafts too for staff. */
    List<Playbook> listed(boolean member, boolean drafts) {
        return jdbc.sql("select " + COLUMNS + """
                 from playbooks.playbook p
                where (p.status = 'PUBLISHED' or :drafts) and (not p.members_only or :member)
                order by p.topic_slug, lower(p.title), p.id""")
                .param("member", member).param("drafts", drafts).query(PlaybookRepository::map).list();
    }

    /** Those the member may edit as an editor's accepted co-author, for the "add to a playbook" choice. */
    List<Playbook> editableBy(long memberId, boolean editor) {
        return jdbc.sql("select " + COLUMNS + """
                 from playbooks.playbook p
                where :editor or exists (select 1 from playbooks.coauthor c where c.playbook_id = p.id
                    and c.member_id = :member and c.accepted_at is not null)
                order by lower(p.title), p.id""")
                .param("member", memberId).param("editor", editor).query(PlaybookRepository::map).list();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists(select 1 from playbooks.playbook where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    long insert(String slug, String title, String summary, String topic, boolean membersOnly, long by, Instant at) {
        return jdbc.sql("""
                insert into playbooks.playbook (slug, title, summary, topic_slug, members_only, status, created_by,
                    created_at, updated_at)
                values (:slug, :title, :summary, :topic, :membersOnly, 'DRAFT', :by, :at, :at) returning id""")
                .param("slug", slug).param("title", title).param("summary", summary).param("topic", topic)
                .param("membersOnly", membersOnly).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void updateDetails(long id, String title, String summary, String topic, boolean membersOnly, boolean published,
            Instant at) {
        jdbc.sql("""
                update playbooks.playbook set title = :title, summary = :summary, topic_slug = :topic,
                    members_only = :membersOnly, status = :status,
                    published_at = case when :published then coalesce(published_at, :at) else published_at end,
                    announced_at = case when :published and status = 'DRAFT' then :at else announced_at end
                where id = :id""")
                .param("id", id).param("title", title).param("summary", summary).param("topic", topic)
                .param("membersOnly", membersOnly).param("status", published ? "PUBLISHED" : "DRAFT")
                .param("published", published).param("at", Timestamp.from(at)).update();
    }

    /** After every change: the new revision's number, the time, the text for search, and the announcement if any. */
    int touch(long id, String bodyText, boolean announce, Instant at) {
        return jdbc.sql("""
                update playbooks.playbook set revision = revision + 1, updated_at = :at, body_text = :text,
                    announced_at = case when :announce and status = 'PUBLISHED' then :at else announced_at end
                where id = :id returning revision""")
                .param("id", id).param("text", bodyText).param("announce", announce).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }

    /** A playbook's blocks in order, each quote with its block, in one statement. */
    List<Block> blocks(long playbookId) {
        return jdbc.sql("""
                select b.id, b.playbook_id, b.position, b.kind, b.heading, b.body_markdown, b.body_html,
                       """ + QuoteRepository.COLUMNS + """
                from playbooks.block b left join playbooks.quote q on q.id = b.quote_id
                where b.playbook_id = :id order by b.position, b.id""")
                .param("id", playbookId)
                .query((rs, n) -> new Block(rs.getLong("id"), rs.getLong("playbook_id"), rs.getInt("position"),
                        "TEXT".equals(rs.getString("kind")), rs.getString("heading"), rs.getString("body_markdown"),
                        rs.getString("body_html"), rs.getObject("q_id") == null ? null : QuoteRepository.map(rs, n)))
                .list();
    }

    long addText(long playbookId, String heading, String markdown, String html) {
        return jdbc.sql("""
                insert into playbooks.block (playbook_id, position, kind, heading, body_markdown, body_html)
                values (:id, (select coalesce(max(position), 0) + 1 from playbooks.block where playbook_id = :id),
                    'TEXT', :heading, :markdown, :html) returning id""")
                .param("id", playbookId).param("heading", heading).param("markdown", markdown).param("html", html)
                .query(Long.class).single();
    }

    void addQuote(long playbookId, long quoteId) {
        jdbc.sql("""
                insert into playbooks.block (playbook_id, position, kind, quote_id)
                values (:id, (select coalesce(max(position), 0) + 1 from playbooks.block where playbook_id = :id),
                    'QUOTE', :quote)""")
                .param("id", playbookId).param("quote", quoteId).update();
    }

    int updateText(long playbookId, long blockId, String heading, String markdown, String html) {
        return jdbc.sql("""
                update playbooks.block set heading = :heading, body_markdown = :markdown, body_html = :html
                where id = :block and playbook_id = :id and kind = 'TEXT'""")
                .param("id", playbookId).param("block", blockId).param("heading", heading).param("markdown", markdown)
                .param("html", html).update();
    }

    /** Removes a block; a quote's row stays for the revisions that showed it, but the block goes. */
    int remove(long playbookId, long blockId) {
        return jdbc.sql("delete from playbooks.block where id = :block and playbook_id = :id")
                .param("id", playbookId).param("block", blockId).update();
    }

    /** Swaps a block with its neighbour above ({@code -1}) or below ({@code 1}); false at either end. */
    boolean move(long playbookId, long blockId, int direction) {
        List<long[]> order = new ArrayList<>();
        jdbc.sql("select id, position from playbooks.block where playbook_id = :id order by position, id")
                .param("id", playbookId).query(rs -> {
                    order.add(new long[] {rs.getLong(1), rs.getLong(2)});
                });
        for (int i = 0; i < order.size(); i++) {
            int j = i + direction;
            if (order.get(i)[0] == blockId && j >= 0 && j < order.size()) {
                setPosition(order.get(i)[0], j + 1);
                setPosition(order.get(j)[0], i + 1);
                for (int k = 0; k < order.size(); k++) {
                    if (k != i && k != j) {
                        setPosition(order.get(k)[0], k + 1);
                    }
                }
                return true;
            }
        }
        return false;
    }

    private void setPosition(long blockId, int position) {
        jdbc.sql("update playbooks.block set position = :p where id = :id").param("id", blockId).param("p", position)
                .update();
    }

    boolean mayEdit(long playbookId, long memberId) {
        return jdbc.sql("""
                select exists(select 1 from playbooks.coauthor where playbook_id = :id and member_id = :member
                    and accepted_at is not null)""")
                .param("id", playbookId).param("member", memberId).query(Boolean.class).single();
    }

    /** Whether the member co-writes any playbook: who the thread page offers "Add to a playbook". */
    boolean coauthorOfAny(long memberId) {
        return jdbc.sql("select exists(select 1 from playbooks.coauthor where member_id = :member and accepted_at is not null)")
                .param("member", memberId).query(Boolean.class).single();
    }

    List<Coauthor> coauthors(long playbookId) {
        return jdbc.sql("""
                select member_id, invited_at, accepted_at from playbooks.coauthor where playbook_id = :id
                order by invited_at, member_id""")
                .param("id", playbookId)
                .query((rs, n) -> new Coauthor(rs.getLong(1), null, rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .list();
    }

    boolean invite(long playbookId, long memberId, long by, Instant at) {
        return jdbc.sql("""
                insert into playbooks.coauthor (playbook_id, member_id, invited_by, invited_at) values (:id, :member, :by, :at)
                on conflict do nothing""")
                .param("id", playbookId).param("member", memberId).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    boolean accept(long playbookId, long memberId, Instant at) {
        return jdbc.sql("""
                update playbooks.coauthor set accepted_at = :at where playbook_id = :id and member_id = :member
                    and accepted_at is null""")
                .param("id", playbookId).param("member", memberId).param("at", Timestamp.from(at)).update() == 1;
    }

    boolean removeCoauthor(long playbookId, long memberId) {
        return jdbc.sql("delete from playbooks.coauthor where playbook_id = :id and member_id = :member")
                .param("id", playbookId).param("member", memberId).update() == 1;
    }

    /** Invitations the member has not answered, for their page of quotes and invitations. */
    List<Playbook> invitationsOf(long memberId) {
        return jdbc.sql("select " + COLUMNS + """
                 from playbooks.playbook p join playbooks.coauthor c on c.playbook_id = p.id
                where c.member_id = :member and c.accepted_at is null order by c.invited_at""")
                .param("member", memberId).query(PlaybookRepository::map).list();
    }

    void forgetCoauthor(long memberId) {
        jdbc.sql("delete from playbooks.coauthor where member_id = :member").param("member", memberId).update();
    }

    static Playbook map(ResultSet rs, int row) throws SQLException {
        return new Playbook(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
                rs.getString("topic_slug"), rs.getBoolean("members_only"), "PUBLISHED".equals(rs.getString("status")),
                rs.getInt("revision"), rs.getLong("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                instant(rs, "published_at"), instant(rs, "announced_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
