package org.ccionetwork.news.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResourceRepository {

    private static final String COLUMNS = """
            id, title, description, kind, topics, members_only, file_key, file_name, content_type, size_bytes,
            external_url, download_count, created_at""";

    private final JdbcClient jdbc;

    ResourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ResourceForm form, List<String> topics, StoredFile file, Long createdBy, Instant now) {
        return jdbc.sql("""
                insert into news.resource (title, description, kind, topics, members_only, file_key, file_name,
                    content_type, size_bytes, external_url, created_by_id, created_at, updated_at)
                values (:title, :description, :kind, cast(:topics as text[]), :membersOnly, :key, :name, :type, :size,
                    :url, :createdBy, :now, :now)
                returning id""")
                .param("title", form.title().strip()).param("description", form.description().strip())
                .param("kind", form.kind()).param("topics", topics.toArray(String[]::new))
                .param("membersOnly", form.membersOnly())
                .param("key", file == null ? null : file.key()).param("name", file == null ? null : file.name())
                .param("type", file == null ? null : file.contentType()).param("size", file == null ? null : file.size())
                .param("url", file == null ? form.externalUrl().strip() : null)
                .param("createdBy", createdBy).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    void update(long id, ResourceForm form, List<String> topics, StoredFile file, Instant now) {
        jdbc.sql("""
                update news.resource set title = :title, description = :description, kind = :kind,
                    topics = cast(:topics as text[]), members_only = :membersOnly, file_key = :key, file_name = :name,
                    content_type = :type, size_bytes = :size, external_url = :url, updated_at = :now
                where id = :id""")
                .param("id", id)
                .param("title", form.title().strip()).param("description", form.description().strip())
                .param("kind", form.kind()).param("topics", topics.toArray(String[]::new))
                .param("membersOnly", form.membersOnly())
                .param("key", file == null ? null : file.key()).param("name", file == null ? null : file.name())
                .param("type", file == null ? null : file.contentType()).param("size", file == null ? null : file.size())
                .param("url", file == null ? form.externalUrl().strip() : null)
                .param("now", Timestamp.from(now))
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from news.resource where id = :id").param("id", id).update();
    }

    Optional<Resource> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from news.resource where id = :id").param("id", id)
                .query(ResourceRepository::resource).optional();
    }

    List<Resource> page(String topic, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from news.resource"
                        + (topic == null ? "" : " where topics @> array[cast(:topic as text)]")
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .param("topic", topic).param("offset", offset).param("limit", limit)
                .query(ResourceRepository::resource).list();
    }

    long count(String topic) {
        return jdbc.sql("select count(*) from news.resource"
                        + (topic == null ? "" : " where topics @> array[cast(:topic as text)]"))
                .param("topic", topic).query(Long.class).single();
    }

    List<Resource> addedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from news.resource where created_at > :from and created_at <= :to"
                        + " order by created_at desc, id desc limit 20")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(ResourceRepository::resource).list();
    }

    void countDownload(long id) {
        jdbc.sql("update news.resource set download_count = download_count + 1 where id = :id").param("id", id).update();
    }

    boolean existsWithTitle(String title) {
        return jdbc.sql("select exists (select 1 from news.resource where title = :title)").param("title", title)
                .query(Boolean.class).single();
    }

    private static Resource resource(ResultSet rs, int n) throws SQLException {
        var topics = rs.getArray("topics");
        return new Resource(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                ResourceKind.valueOf(rs.getString("kind")),
                topics == null ? List.of() : Arrays.asList((String[]) topics.getArray()), rs.getBoolean("members_only"),
                rs.getString("file_key"), rs.getString("file_name"), rs.getString("content_type"),
                (Long) rs.getObject("size_bytes"), rs.getString("external_url"), rs.getLong("download_count"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** A file as stored: its key in the file store, the name it is downloaded as, its checked type and size. */
    record StoredFile(String key, String name, String contentType, long size) {
    }
}
