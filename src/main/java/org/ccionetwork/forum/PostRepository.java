package org.ccionetwork.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Posts with their likes and revisions. States are written from {@link PostState}; filters keep the stored name
 * in the SQL, as the partial indexes do, so the planner can use them.
 */
@Repository
public class PostRepository {

    /** The columns {@link #post} maps, for statements that read posts in other ways. */
    public static final String POST = """
            select p.id, p.thread_id, p.position, p.author_id, p.body_markdown, p.body_html, p.like_count,
                   p.created_at, p.edited_at, p.hidden_reason, p.state, p.rejected_reason
            from forum.post p
            """;

    private final JdbcClient jdbc;

    PostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A post; a held reply has no position until it is approved. */
    long insert(long threadId, OptionalInt position, long authorId, String markdown, String html, String text,
            Instant at, PostState state) {
        return jdbc.sql("""
                insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, created_at,
                                        state)
                values (:thread, :position, :author, :markdown, :html, :text, :at, :state) returning id""")
                .param("thread", threadId).param("position", position.isPresent() ? position.getAsInt() : null, Types.INTEGER)
                .param("author", authorId).param("markdown", markdown).param("html", html).param("text", text)
                .param("at", Timestamp.from(at)).param("state", state.name()).query(Long.class).single();
    }

    Optional<PostView> find(long id) {
        return jdbc.sql(POST + " where p.id = :id").param("id", id).query(PostRepository::post).optional();
    }

    /**
     * What a page of a thread shows, read in one statement: the page's posts in order, the accepted answer (when
     * {@code acceptedId} is not null), the replies waiting for a moderator that the reader may see (those of
     * {@code waitingAuthor}, or all when it is null), each with whether the reader liked it.
     */
    ThreadPage page(long threadId, int from, int to, Long acceptedId, long readerId, Long waitingAuthor) {
        List<PostView> posts = new ArrayList<>();
        List<PostView> waiting = new ArrayList<>();
        List<PostView> accepted = new ArrayList<>(1);
        jdbc.sql("""
                select k.kind, p.id, p.thread_id, p.position, p.author_id, p.body_markdown, p.body_html, p.like_count,
                       p.created_at, p.edited_at, p.hidden_reason, p.state, p.rejected_reason,
                       exists(select 1 from forum.post_like l where l.post_id = p.id and l.member_id = :reader) as liked
                from (
                    select id, 1 as kind from forum.post where thread_id = :thread and position between :from and :to
                    union all
                    select id, 2 from forum.post where id = cast(:accepted as bigint)
                    union all
                    select id, 3 from forum.post
                    where thread_id = :thread and state <> 'PUBLISHED' and position is null
                      and (cast(:author as bigint) is null or author_id = cast(:author as bigint))
                ) k join forum.post p on p.id = k.id
                order by k.kind, p.position, p.created_at, p.id
                """).param("thread", threadId).param("from", from).param("to", to)
                .param("accepted", acceptedId, Types.BIGINT).param("reader", readerId)
                .param("author", waitingAuthor, Types.BIGINT)
                .query(rs -> {
                    PostView post = post(rs, 0).withAuthor(null, rs.getBoolean("liked"));
                    switch (rs.getInt("kind")) {
                        case 1 -> posts.add(post);
                        case 2 -> accepted.add(post);
                        default -> waiting.add(post);
                    }
                });
        return new ThreadPage(posts, Optional.ofNullable(accepted.isEmpty() ? null : accepted.getFirst()), waiting);
    }

    /** A page of a thread as {@link #page} reads it. */
    record ThreadPage(List<PostView> posts, Optional<PostView> accepted, List<PostView> waiting) {
    }

    /** Counts a like once per member; returns whether this one was new. */
    boolean like(long postId, long memberId) {
        int inserted = jdbc.sql("insert into forum.post_like (post_id, member_id) values (:post, :member) on conflict do nothing")
                .param("post", postId).param("member", memberId).update();
        if (inserted == 1) {
            jdbc.sql("update forum.post set like_count = like_count + 1 where id = :id").param("id", postId).update();
        }
        return inserted == 1;
    }

    boolean unlike(long postId, long memberId) {
        int deleted = jdbc.sql("delete from forum.post_like where post_id = :post and member_id = :member")
                .param("post", postId).param("member", memberId).update();
        if (deleted == 1) {
            jdbc.sql("update forum.post set like_count = like_count - 1 where id = :id").param("id", postId).update();
        }
        return deleted == 1;
    }

    void saveRevision(long postId, String title, String markdown, long editorId, Instant at) {
        jdbc.sql("""
                insert into forum.post_revision (post_id, title, body_markdown, edited_by, replaced_at)
                values (:post, :title, :markdown, :editor, :at)""")
                .param("post", postId).param("title", title).param("markdown", markdown).param("editor", editorId)
                .param("at", Timestamp.from(at)).update();
    }

    void update(long postId, String markdown, String html, String text, Instant at) {
        jdbc.sql("""
                update forum.post set body_markdown = :markdown, body_html = :html, body_text = :text, edited_at = :at
                where id = :id""")
                .param("id", postId).param("markdown", markdown).param("html", html).param("text", text)
                .param("at", Timestamp.from(at)).update();
    }

    /** A post's earlier versions, oldest first. */
    List<Revision> revisions(long postId) {
        return jdbc.sql("""
                select title, body_markdown, edited_by, replaced_at from forum.post_revision
                where post_id = :post order by replaced_at, id""")
                .param("post", postId)
                .query((rs, n) -> new Revision(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), null))
                .list();
    }

    public void hide(long postId, String reason, Instant at) {
        jdbc.sql("update forum.post set hidden_reason = :reason, hidden_at = :at where id = :id")
                .param("id", postId).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    /** The member's posts with their threads, for their data download. */
    List<Map<String, Object>> postsBy(long memberId) {
        return jdbc.sql("""
                select p.id as post_id, t.id as thread_id, t.title, p.body_markdown, p.created_at, p.edited_at
                from forum.post p join forum.thread t on t.id = p.thread_id
                where p.author_id = :member order by p.created_at, p.id""")
                .param("member", memberId).query().listOfRows();
    }

    /** An erased member's likes go, and the counts they added to. */
    void forgetLikes(long memberId) {
        jdbc.sql("update forum.post set like_count = like_count - 1 where id in (select post_id from forum.post_like where member_id = :member)")
                .param("member", memberId).update();
        jdbc.sql("delete from forum.post_like where member_id = :member").param("member", memberId).update();
    }

    public static PostView post(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        Integer position = (Integer) rs.getObject("position");
        return new PostView(rs.getLong("id"), rs.getLong("thread_id"),
                position == null ? OptionalInt.empty() : OptionalInt.of(position), rs.getLong("author_id"), null,
                rs.getString("body_markdown"), rs.getString("body_html"), rs.getInt("like_count"),
                rs.getTimestamp("created_at").toInstant(), edited == null ? null : edited.toInstant(),
                rs.getString("hidden_reason"), false, PostState.valueOf(rs.getString("state")),
                rs.getString("rejected_reason"));
    }
}
