package org.ccionetwork.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Categories and their counters. */
@Repository
public class CategoryRepository {

    static final String COLUMNS = """
            c.id, c.slug, c.name, c.description, c.position, c.chatham_house, c.thread_count, c.post_count,
            c.last_activity_at, c.topics""";

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> all() {
        return jdbc.sql("select " + COLUMNS + " from forum.category c order by c.position, c.name")
                .query(CategoryRepository::map).list();
    }

    Optional<Category> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from forum.category c where c.slug = :slug").param("slug", slug)
                .query(CategoryRepository::map).optional();
    }

    public Optional<Category> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from forum.category c where c.id = :id").param("id", id)
                .query(CategoryRepository::map).optional();
    }

    long insert(String slug, String name, String description, int position, boolean chathamHouse,
            List<String> topics) {
        return jdbc.sql("""
                insert into forum.category (slug, name, description, position, chatham_house, topics)
                values (:slug, :name, :description, :position, :chatham, string_to_array(:topics, ',')) returning id""")
                .param("slug", slug).param("name", name).param("description", description)
                .param("position", position).param("chatham", chathamHouse).param("topics", String.join(",", topics))
                .query(Long.class).single();
    }

    void update(long id, String name, String description, int position, boolean chathamHouse, List<String> topics) {
        jdbc.sql("""
                update forum.category set name = :name, description = :description, position = :position,
                       chatham_house = :chatham, topics = string_to_array(:topics, ',') where id = :id""")
                .param("id", id).param("name", name).param("description", description)
                .param("position", position).param("chatham", chathamHouse).param("topics", String.join(",", topics))
                .update();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists(select 1 from forum.category where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    public void countThread(long id, int threads, int posts, Instant at) {
        jdbc.sql("""
                update forum.category set thread_count = thread_count + :threads, post_count = post_count + :posts,
                       last_activity_at = greatest(last_activity_at, :at) where id = :id""")
                .param("id", id).param("threads", threads).param("posts", posts).param("at", Timestamp.from(at))
                .update();
    }

    /** A category from the columns of {@link #COLUMNS} starting at a position, when a join repeats names. */
    static Category mapFrom(ResultSet rs, int first) throws SQLException {
        Timestamp last = rs.getTimestamp(first + 8);
        return new Category(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), rs.getInt(first + 4), rs.getBoolean(first + 5), rs.getInt(first + 6),
                rs.getInt(first + 7), last == null ? null : last.toInstant(), topics(rs.getArray(first + 9)));
    }

    static Category map(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_activity_at");
        return new Category(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                rs.getInt("position"), rs.getBoolean("chatham_house"), rs.getInt("thread_count"),
                rs.getInt("post_count"), last == null ? null : last.toInstant(), topics(rs.getArray("topics")));
    }

    private static List<String> topics(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
