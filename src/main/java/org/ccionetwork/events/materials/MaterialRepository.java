package org.ccionetwork.events.materials;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files of events. */
@Repository
class MaterialRepository {

    private static final String SELECT = """
            select id, event_id, kind, title, file_key, file_name, content_type, size_bytes, created_at
            from events.material
            """;

    private final JdbcClient jdbc;

    MaterialRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An event's files, slides first, each kind in the order they were added. */
    List<Material> ofEvent(long eventId) {
        return jdbc.sql(SELECT + " where event_id = :event order by kind desc, id")
                .param("event", eventId).query(MaterialRepository::map).list();
    }

    Optional<Material> find(long eventId, long id) {
        return jdbc.sql(SELECT + " where event_id = :event and id = :id")
                .param("event", eventId).param("id", id).query(MaterialRepository::map).optional();
    }

    long insert(long eventId, MaterialKind kind, String title, String key, String fileName, String contentType,
            long size, Instant now) {
        return jdbc.sql("""
                insert into events.material (event_id, kind, title, file_key, file_name, content_type, size_bytes, created_at)
                values (:event, :kind, :title, :key, :name, :type, :size, :now) returning id""")
                .param("event", eventId).param("kind", kind.name()).param("title", title).param("key", key)
                .param("name", fileName).param("type", contentType).param("size", size)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from events.material where id = :id").param("id", id).update();
    }

    static Material map(ResultSet rs, int row) throws SQLException {
        return new Material(rs.getLong("id"), rs.getLong("event_id"), MaterialKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("file_key"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
