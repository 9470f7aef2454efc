package org.ccionetwork.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Posts as other modules quote them (playbooks): found by id or by words, only when the reader may see them
 * (published, in a published thread, not hidden, in a category open to them), and whether a quoted post has
 * been edited since.
 */
@Service
public class PostQuotes {

    private static final String QUOTABLE = """
            select p.id, p.thread_id, t.title, c.name, c.chatham_house, p.author_id, p.body_markdown, p.created_at,
                   p.edited_at
            from forum.post p join forum.thread t on t.id = p.thread_id join forum.category c on c.id = t.category_id
            where p.state = 'PUBLISHED' and t.state = 'PUBLISHED' and p.hidden_reason is null
              and (not c.chatham_house or not :sponsorStaff)
            """;

    private final ForumService forum;
    private final JdbcClient jdbc;

    PostQuotes(ForumService forum, JdbcClient jdbc) {
        this.forum = forum;
        this.jdbc = jdbc;
    }

    public Optional<QuotablePost> find(Viewer viewer, long postId) {
        return jdbc.sql(QUOTABLE + " and p.id = :id").param("id", postId)
                .param("sponsorStaff", forum.reader(viewer).sponsorStaff()).query(PostQuotes::map).optional();
    }

    /** The newest posts the reader may see that match the words (PostgreSQL's web search syntax), at most {@code limit}. */
    public List<QuotablePost> search(Viewer viewer, String words, int limit) {
        return jdbc.sql(QUOTABLE + """
                  and p.search_vector @@ websearch_to_tsquery('english', :words)
                order by p.created_at desc, p.id desc limit :limit""")
                .param("words", words).param("limit", limit).param("sponsorStaff", forum.reader(viewer).sponsorStaff())
                .query(PostQuotes::map).list();
    }

    /** The replies the reader may see in the threads with these titles, in thread and reply order (demonstration content). */
    public List<QuotablePost> repliesInThreadsTitled(Viewer viewer, List<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(QUOTABLE + " and t.title in (:titles) and p.position > 0 order by t.id, p.position")
                .param("titles", titles).param("sponsorStaff", forum.reader(viewer).sponsorStaff())
                .query(PostQuotes::map).list();
    }

    /** A thread the reader may see, as its title: for suggesting it elsewhere. */
    public Optional<String> threadTitle(Viewer viewer, long threadId) {
        try {
            ThreadDetail thread = forum.thread(forum.reader(viewer), threadId);
            return thread.published() ? Optional.of(thread.title()) : Optional.empty();
        } catch (ThreadNotFound e) {
            return Optional.empty();
        }
    }

    /** Whether the viewer may read Chatham House categories (sponsors' staff may not): one statement. */
    public boolean readsChathamHouse(Viewer viewer) {
        return !forum.reader(viewer).sponsorStaff();
    }

    /** When each of the posts was last edited (absent: never, or no such post), in one statement. */
    public Map<Long, Instant> editedAt(Collection<Long> postIds) {
        Map<Long, Instant> edited = new HashMap<>();
        if (postIds.isEmpty()) {
            return edited;
        }
        jdbc.sql("select id, edited_at from forum.post where id in (:ids) and edited_at is not null")
                .param("ids", postIds)
                .query(rs -> {
                    edited.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return edited;
    }

    private static QuotablePost map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp edited = rs.getTimestamp(9);
        return new QuotablePost(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(), edited == null ? null : edited.toInstant());
    }
}
