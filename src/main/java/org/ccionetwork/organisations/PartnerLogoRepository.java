package org.ccionetwork.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnerLogoRepository {

    private static final String SELECT = """
            select l.organisation_id, o.slug, l.file_key, l.content_type, l.alt_text, l.width, l.height
            from organisations.partner_logo l join organisations.organisation o on o.id = l.organisation_id
            """;

    private final JdbcClient jdbc;

    PartnerLogoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The logos of all current partners and sponsors, in one statement. */
    List<PartnerLogo> ofPartners() {
        return jdbc.sql(SELECT + " where o.partnership is not null and o.retired_at is null")
                .query(PartnerLogoRepository::map).list();
    }

    Optional<PartnerLogo> find(long organisationId) {
        return jdbc.sql(SELECT + " where l.organisation_id = :id").param("id", organisationId)
                .query(PartnerLogoRepository::map).optional();
    }

    /** Sets the logo and returns the key of the one it replaces, if any. */
    Optional<String> save(long organisationId, String key, String contentType, String alt, int width, int height, int size) {
        Optional<String> previous = jdbc.sql("select file_key from organisations.partner_logo where organisation_id = :id for update")
                .param("id", organisationId).query(String.class).optional();
        jdbc.sql("""
                insert into organisations.partner_logo (organisation_id, file_key, content_type, alt_text, width, height, size_bytes)
                values (:id, :key, :type, :alt, :width, :height, :size)
                on conflict (organisation_id) do update set file_key = excluded.file_key,
                    content_type = excluded.content_type, alt_text = excluded.alt_text, width = excluded.width,
                    height = excluded.height, size_bytes = excluded.size_bytes, uploaded_at = now()""")
                .param("id", organisationId).param("key", key).param("type", contentType).param("alt", alt)
                .param("width", width).param("height", height).param("size", size)
                .update();
        return previous;
    }

    boolean updateAlt(long organisationId, String alt) {
        return jdbc.sql("update organisations.partner_logo set alt_text = :alt where organisation_id = :id")
                .param("id", organisationId).param("alt", alt).update() == 1;
    }

    Optional<String> delete(long organisationId) {
        return jdbc.sql("delete from organisations.partner_logo where organisation_id = :id returning file_key")
                .param("id", organisationId).query(String.class).optional();
    }

    private static PartnerLogo map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PartnerLogo(rs.getLong("organisation_id"), rs.getString("slug"), rs.getString("file_key"),
                rs.getString("content_type"), rs.getString("alt_text"), rs.getInt("width"), rs.getInt("height"));
    }
}
