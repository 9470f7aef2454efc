package org.ccionetwork.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Threads and their posts, likes and revisions. Lists are keyset pages over the thread indexes. */
@Repository
class ThreadRepository {

    /** Which list of threads. */
    enum Listing { LATEST, UNANSWERED, MINE, CATEGORY }

    private static final String SUMMARY = """
            select t.id, t.slug, t.title, t.question, t.accepted_post_id is not null as answered, t.locked,
                   t.reply_count, t.created_at, t.last_activity_at, t.author_id, t.last_author_id,
                   c.id as category_id, c.slug as category_slug, c.name as category_name, c.chatham_house, t.state
            from forum.thread t join forum.category c on c.id = t.category_id
            """;

    private static final String POST = """
            select p.id, p.thread_id, p.position, p.author_id, p.body_markdown, p.body_html, p.like_count,
                   p.created_at, p.edited_at, p.hidden_reason, p.state, p.rejected_reason
            from forum.post p
            """;

    static final String PUBLISHED = "PUBLISHED";
    static final String PENDING = "PENDING";
    static final String REJECTED = "REJECTED";

    private final JdbcClient jdbc;

    ThreadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One keyset page: the threads after the cursor, newest activity first, one more than asked so the caller
     * knows whether there is a next page.
     */
    List<ThreadSummary> list(Listing listing, Long categoryId, long memberId, boolean hideChathamHouse, Cursor after,
            int limit) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        switch (listing) {
            case CATEGORY -> {
                where.append(" and t.category_id = :category");
                params.put("category", categoryId);
            }
            case UNANSWERED -> where.append(" and t.accepted_post_id is null and (t.question or t.reply_count = 0)");
            case MINE -> {
                where.append(" and t.author_id = :member");
                params.put("member", memberId);
            }
            case LATEST -> { }
        }
        if (listing != Listing.MINE) {
            // Held and turned-down threads are seen by their author only, in their own list.
            where.append(" and t.state = 'PUBLISHED'");
        }
        if (hideChathamHouse && listing != Listing.CATEGORY) {
            where.append(" and not c.chatham_house");
        }
        if (after != null) {
            where.append(" and (t.last_activity_at, t.id) < (:at, :id)");
            params.put("at", Timestamp.from(after.at()));
            params.put("id", after.id());
        }
        params.put("limit", limit);
        return jdbc.sql(SUMMARY + where + " order by t.last_activity_at desc, t.id desc limit :limit")
                .params(params).query(ThreadRepository::summary).list();
    }

    Optional<ThreadDetail> find(long id) {
        return jdbc.sql("select t.id, t.slug, t.title, t.author_id, t.question, t.accepted_post_id, t.locked, "
                        + "t.reply_count, t.created_at, t.last_activity_at, t.state, " + CategoryRepository.COLUMNS
                        + " from forum.thread t join forum.category c on c.id = t.category_id where t.id = :id")
                .param("id", id)
                .query((rs, n) -> new ThreadDetail(rs.getLong(1), rs.getString(2), rs.getString(3),
                        CategoryRepository.mapFrom(rs, 12), rs.getLong(4), rs.getBoolean(5), (Long) rs.getObject(6),
                        rs.getBoolean(7), rs.getInt(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant(),
                        rs.getString(11)))
                .optional();
    }

    long insertThread(long categoryId, long authorId, String title, String slug, boolean question, Instant at) {
        return insertThread(categoryId, authorId, title, slug, question, at, PUBLISHED);
    }

    long insertThread(long categoryId, long authorId, String title, String slug, boolean question, Instant at,
            String state) {
        return jdbc.sql("""
                insert into forum.thread (category_id, author_id, title, slug, question, created_at, last_activity_at,
                                          last_author_id, state)
                values (:category, :author, :title, :slug, :question, :at, :at, :author, :state) returning id""")
                .param("category", categoryId).param("author", authorId).param("title", title).param("slug", slug)
                .param("question", question).param("at", Timestamp.from(at)).param("state", state)
                .query(Long.class).single();
    }

    /** Takes the next reply position under the thread's row lock, so two replies never share one. */
    int nextPosition(long threadId, long authorId, Instant at) {
        return jdbc.sql("""
                update forum.thread set reply_count = reply_count + 1, last_activity_at = :at, last_author_id = :author
                where id = :id returning reply_count""")
                .param("id", threadId).param("author", authorId).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }

    long insertPost(long threadId, int position, long authorId, String markdown, String html, String text, Instant at) {
        return insertPost(threadId, position, authorId, markdown, html, text, at, PUBLISHED);
    }

    /** A post; a held reply ({@code state} PENDING) has a null position until it is approved. */
    long insertPost(long threadId, Integer position, long authorId, String markdown, String html, String text,
            Instant at, String state) {
        return jdbc.sql("""
                insert into forum.post (thread_id, position, author_id, body_markdown, body_html, body_text, created_at,
                                        state)
                values (:thread, :position, :author, :markdown, :html, :text, :at, :state) returning id""")
                .param("thread", threadId).param("position", position).param("author", authorId)
                .param("markdown", markdown).param("html", html).param("text", text).param("at", Timestamp.from(at))
                .param("state", state).query(Long.class).single();
    }

    /** A held post, locked until the end of the transaction so two moderators cannot both decide on it. */
    Optional<PostView> lockPending(long postId) {
        return jdbc.sql(POST + " where p.id = :id and p.state = 'PENDING' for update")
                .param("id", postId).query(ThreadRepository::post).optional();
    }

    void publishPost(long postId, int position, long moderatorId, Instant at) {
        jdbc.sql("""
                update forum.post set state = 'PUBLISHED', position = :position, reviewed_by = :moderator,
                       reviewed_at = :at where id = :id""")
                .param("id", postId).param("position", position).param("moderator", moderatorId)
                .param("at", Timestamp.from(at)).update();
    }

    /** Turns down a held post, or with {@code wholeThread} every held post of the thread (its first one too). */
    void rejectPending(long postId, long threadId, boolean wholeThread, long moderatorId, String reason, Instant at) {
        jdbc.sql("""
                update forum.post set state = 'REJECTED', reviewed_by = :moderator, reviewed_at = :at,
                       rejected_reason = :reason
                where state = 'PENDING' and (id = :id or (:whole and thread_id = :thread))""")
                .param("id", postId).param("thread", threadId).param("whole", wholeThread)
                .param("moderator", moderatorId).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    void setThreadState(long threadId, String state, Instant lastActivityAt) {
        jdbc.sql("update forum.thread set state = :state, last_activity_at = greatest(last_activity_at, :at) where id = :id")
                .param("id", threadId).param("state", state).param("at", Timestamp.from(lastActivityAt)).update();
    }

    /** The held posts, oldest first: the queue is worked in order. */
    List<HeldPost> held(int limit) {
        return jdbc.sql("""
                select p.id, t.id, t.title, t.slug, c.name, c.chatham_house, coalesce(p.position, -1), p.author_id,
                       p.body_html, p.created_at
                from forum.post p join forum.thread t on t.id = p.thread_id join forum.category c on c.id = t.category_id
                where p.state = 'PENDING' order by p.created_at, p.id limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new HeldPost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getInt(7) == 0, rs.getLong(8), null, rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .list();
    }

    /** How many of the member's posts are published, counting no further than {@code cap}. */
    int publishedCount(long authorId, int cap) {
        return jdbc.sql("""
                select count(*) from (select 1 from forum.post where author_id = :author and state = 'PUBLISHED'
                                      limit :cap) published""")
                .param("author", authorId).param("cap", cap).query(Integer.class).single();
    }

    /** The member's posts (held ones too) written since each moment: [since the first, since the second]. */
    int[] postsSince(long authorId, Instant recent, Instant earlier) {
        return jdbc.sql("""
                select count(*) filter (where created_at > :recent), count(*) from forum.post
                where author_id = :author and created_at > :earlier""")
                .param("author", authorId).param("recent", Timestamp.from(recent))
                .param("earlier", Timestamp.from(earlier))
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    /**
     * What a page of a thread shows, read in one statement: the page's posts in order, the accepted answer (when
     * asked for), the replies waiting for a moderator that the reader may see (those of {@code waitingAuthor},
     * or all when it is {@code null}), each with whether the reader liked it.
     */
    ThreadPage page(long threadId, int from, int to, Long acceptedId, long readerId, Long waitingAuthor) {
        List<PostView> posts = new java.util.ArrayList<>();
        List<PostView> waiting = new java.util.ArrayList<>();
        PostView[] accepted = new PostView[1];
        jdbc.sql("""
                select k.kind, p.id, p.thread_id, p.position, p.author_id, p.body_markdown, p.body_html, p.like_count,
                       p.created_at, p.edited_at, p.hidden_reason, p.state, p.rejected_reason,
                       exists(select 1 from forum.post_like l where l.post_id = p.id and l.member_id = :reader) as liked
                from (
                    select id, 1 as kind from forum.post where thread_id = :thread and position between :from and :to
                    union all
                    select id, 2 from forum.post where id = :accepted
                    union all
                    select id, 3 from forum.post
                    where thread_id = :thread and state <> 'PUBLISHED' and position is null
                      and (:author = -1 or author_id = :author)
                ) k join forum.post p on p.id = k.id
                order by k.kind, p.position, p.created_at, p.id
                """).param("thread", threadId).param("from", from).param("to", to)
                .param("accepted", acceptedId == null ? -1L : acceptedId).param("reader", readerId)
                .param("author", waitingAuthor == null ? -1L : waitingAuthor)
                .query(rs -> {
                    PostView post = post(rs, 0).withAuthor(null, rs.getBoolean("liked"));
                    switch (rs.getInt("kind")) {
                        case 1 -> posts.add(post);
                        case 2 -> accepted[0] = post;
                        default -> waiting.add(post);
                    }
                });
        return new ThreadPage(posts, accepted[0], waiting);
    }

    /** A page of a thread as {@link #page} reads it; {@code accepted} may be {@code null}. */
    record ThreadPage(List<PostView> posts, PostView accepted, List<PostView> waiting) {
    }

    Optional<PostView> post(long id) {
        return jdbc.sql(POST + " where p.id = :id").param("id", id).query(ThreadRepository::post).optional();
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

    void updatePost(long postId, String markdown, String html, String text, Instant at) {
        jdbc.sql("""
                update forum.post set body_markdown = :markdown, body_html = :html, body_text = :text, edited_at = :at
                where id = :id""")
                .param("id", postId).param("markdown", markdown).param("html", html).param("text", text)
                .param("at", Timestamp.from(at)).update();
    }

    void updateTitle(long threadId, String title, String slug) {
        jdbc.sql("update forum.thread set title = :title, slug = :slug where id = :id")
                .param("id", threadId).param("title", title).param("slug", slug).update();
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

    /** Sets the accepted answer (null withdraws it) and when it was accepted, for the digest. */
    void accept(long threadId, Long postId, Instant at) {
        jdbc.sql("update forum.thread set accepted_post_id = :post, accepted_at = :at where id = :id")
                .param("id", threadId).param("post", postId).param("at", postId == null ? null : Timestamp.from(at))
                .update();
    }

    void hide(long postId, String reason, Instant at) {
        jdbc.sql("update forum.post set hidden_reason = :reason, hidden_at = :at where id = :id")
                .param("id", postId).param("reason", reason).param("at", Timestamp.from(at)).update();
    }

    void lock(long threadId, boolean locked) {
        jdbc.sql("update forum.thread set locked = :locked where id = :id").param("id", threadId).param("locked", locked)
                .update();
    }

    void move(long threadId, long categoryId) {
        jdbc.sql("update forum.thread set category_id = :category where id = :id")
                .param("id", threadId).param("category", categoryId).update();
    }

    /** The member's posts with their threads, for their data download. */
    List<Map<String, Object>> postsBy(long memberId) {
        return jdbc.sql("""
                select p.id as post_id, t.id as thread_id, t.title, p.body_markdown, p.created_at, p.edited_at
                from forum.post p join forum.thread t on t.id = p.thread_id
                where p.author_id = :member order by p.created_at, p.id""")
                .param("member", memberId).query().listOfRows();
    }

    static ThreadSummary summary(ResultSet rs, int row) throws SQLException {
        return new ThreadSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getLong("category_id"), rs.getString("category_slug"), rs.getString("category_name"),
                rs.getBoolean("chatham_house"), rs.getBoolean("question"), rs.getBoolean("answered"),
                rs.getBoolean("locked"), rs.getInt("reply_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_activity_at").toInstant(), rs.getLong("author_id"), rs.getLong("last_author_id"),
                null, null, rs.getString("state"));
    }

    static PostView post(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        Integer position = (Integer) rs.getObject("position");
        return new PostView(rs.getLong("id"), rs.getLong("thread_id"), position == null ? -1 : position,
                rs.getLong("author_id"), null, rs.getString("body_markdown"), rs.getString("body_html"),
                rs.getInt("like_count"), rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant(), rs.getString("hidden_reason"), false, rs.getString("state"),
                rs.getString("rejected_reason"));
    }
}
