package org.ccionetwork.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final String SELECT = """
            select id, kind, name, slug, ods_code, sector, region, postcode, website, description, partnership, retired_at
            from organisations.organisation
            """;

    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organisation> partners() {
        return jdbc.sql(SELECT + """
                where partnership is not null and retired_at is null
                order by case partnership when 'PARTNER' then 0 when 'FOUNDATION_SPONSOR' then 1 when 'SPONSOR' then 2 else 3 end, name
                """).query(OrganisationRepository::map).list();
    }

    Optional<Organisation> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where slug = :slug").param("slug", slug).query(OrganisationRepository::map).optional();
    }

    long insert(OrganisationKind kind, String name, String slug, String website, String description, Partnership partnership) {
        return jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, website, description, partnership)
                values (:kind, :name, :slug, :website, :description, :partnership) returning id
                """)
                .param("kind", kind.name()).param("name", name).param("slug", slug).param("website", website)
                .param("description", description).param("partnership", partnership == null ? null : partnership.name())
                .query(Long.class).single();
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), OrganisationKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("slug"), rs.getString("ods_code"), rs.getString("sector"), rs.getString("region"),
                rs.getString("postcode"), rs.getString("website"), rs.getString("description"),
                rs.getString("partnership") == null ? null : Partnership.valueOf(rs.getString("partnership")),
                rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant());
    }
}
