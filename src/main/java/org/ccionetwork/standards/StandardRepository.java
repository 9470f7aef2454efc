package org.ccionetwork.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The managed list of standards, and the counter every change to the tracker bumps. */
@Repository
class StandardRepository {

    private static final String SELECT = "select id, slug, name, description, link, kind, position, retired_at from standards.standard";

    private final JdbcClient jdbc;

    StandardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every standard, current and retired, in the list's order. */
    List<Standard> all() {
        return jdbc.sql(SELECT + " order by position, name").query(StandardRepository::map).list();
    }

    Optional<Standard> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = :slug").param("slug", slug).query(StandardRepository::map).optional();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from standards.standard where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    long insert(String slug, StandardForm form, Instant now) {
        return jdbc.sql("""
                insert into standards.standard (slug, name, description, link, kind, position, retired_at)
                values (:slug, :name, :description, :link, :kind, :position, :retiredAt) returning id""")
                .param("slug", slug).params(form.columns()).param("retiredAt", form.retiredNow() ? Timestamp.from(now) : null)
                .query(Long.class).single();
    }

    /** Keeps the first retirement date while the standard stays retired. */
    void update(long id, StandardForm form, Instant now) {
        jdbc.sql("""
                update standards.standard set name = :name, description = :description, link = :link, kind = :kind,
                    position = :position, updated_at = :now,
                    retired_at = case when :retired then coalesce(retired_at, :now) else null end
                where id = :id""")
                .param("id", id).params(form.columns()).param("retired", form.retiredNow()).param("now", Timestamp.from(now))
                .update();
    }

    /** Changes with every statement that changes a standard or a status (a trigger bumps it). */
    long version() {
        return jdbc.sql("select version from standards.change_counter where id = 1").query(Long.class).single();
    }

    static Standard map(ResultSet rs, int row) throws SQLException {
        Timestamp retired = rs.getTimestamp("retired_at");
        return new Standard(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                rs.getString("link"), StandardKind.valueOf(rs.getString("kind")), rs.getInt("position"),
                retired == null ? null : retired.toInstant());
    }
}
