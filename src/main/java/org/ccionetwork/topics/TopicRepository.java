package org.ccionetwork.topics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of shared.topic, for editors' changes (reading pages use the cached {@link Topics}). */
@Repository
class TopicRepository {

    private static final String COLUMNS = "slug, name, position, retired";

    private final JdbcClient jdbc;

    TopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Topic> all() {
        return jdbc.sql("select " + COLUMNS + " from shared.topic order by position, slug").query(TopicRepository::row).list();
    }

    List<Topic> allForUpdate() {
        return jdbc.sql("select " + COLUMNS + " from shared.topic order by position, slug for update")
                .query(TopicRepository::row).list();
    }

    Optional<Topic> find(String slug) {
        return jdbc.sql("select " + COLUMNS + " from shared.topic where slug = :slug").param("slug", slug)
                .query(TopicRepository::row).optional();
    }

    boolean isAlias(String slug) {
        return jdbc.sql("select exists (select 1 from shared.topic_alias where alias = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    void insert(String slug, String name) {
        jdbc.sql("""
                insert into shared.topic (slug, name, position)
                values (:slug, :name, (select coalesce(max(position), 0) + 10 from shared.topic))""")
                .param("slug", slug).param("name", name).update();
    }

    void rename(String slug, String name) {
        jdbc.sql("update shared.topic set name = :name where slug = :slug").param("slug", slug).param("name", name).update();
    }

    void retire(String slug, boolean retired) {
        jdbc.sql("update shared.topic set retired = :retired where slug = :slug").param("slug", slug)
                .param("retired", retired).update();
    }

    void place(String slug, int position) {
        jdbc.sql("update shared.topic set position = :position where slug = :slug").param("slug", slug)
                .param("position", position).update();
    }

    private static Topic row(ResultSet rs, int n) throws SQLException {
        return new Topic(rs.getString("slug"), rs.getString("name"), rs.getInt("position"), rs.getBoolean("retired"));
    }
}
