package org.ccionetwork.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.shared.PrefixQuery;
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

    List<Organisation> providers() {
        return jdbc.sql(SELECT + " where kind = 'NHS_PROVIDER' and retired_at is null order by name").query(OrganisationRepository::map).list();
    }

    /** One page of the register, with current CCIO counts, in one statement. */
    List<ProviderRow> register(RegisterFilter filter, int size) {
        return jdbc.sql("""
                select o.ods_code, o.name, o.sector, o.region, o.postcode, o.retired_at is not null as retired,
                       (select count(distinct a.member_id) from organisations.appointment a
                        where a.organisation_id = o.id and a.status = 'VERIFIED' and a.started_on <= current_date
                          and (a.ended_on is null or a.ended_on > current_date)) as ccios
                from organisations.organisation o
                """ + where(filter) + " order by " + order(filter.sort()) + " offset :offset limit :limit")
                .params(params(filter))
                .param("offset", (long) (filter.page() - 1) * size)
                .param("limit", size)
                .query((rs, n) -> new ProviderRow(rs.getString("ods_code"), rs.getString("name"), rs.getString("sector"),
                        rs.getString("region"), rs.getString("postcode"), rs.getBoolean("retired"), rs.getInt("ccios")))
                .list();
    }

    long count(RegisterFilter filter) {
        return jdbc.sql("select count(*) from organisations.organisation o" + where(filter)).params(params(filter))
                .query(Long.class).single();
    }

    private static String where(RegisterFilter filter) {
        StringBuilder where = new StringBuilder(" where o.kind = 'NHS_PROVIDER' and o.retired_at is null");
        if (filter.q() != null) {
            where.append(" and (o.search_vector @@ to_tsquery('simple', :tsquery) or o.ods_code = upper(:q))");
        }
        if (filter.sector() != null) {
            where.append(" and o.sector = :sector");
        }
        if (filter.region() != null) {
            where.append(" and o.region = :region");
        }
        if (filter.hasCcio() != null) {
            where.append(filter.hasCcio() ? " and " : " and not ").append("""
                    exists (select 1 from organisations.appointment a where a.organisation_id = o.id
                            and a.status = 'VERIFIED' and a.started_on <= current_date
                            and (a.ended_on is null or a.ended_on > current_date))""");
        }
        return where.toString();
    }

    private static String order(String sort) {
        return switch (sort) {
            case "region" -> "o.region, o.name";
            case "sector" -> "o.sector, o.name";
            case "ccio" -> "ccios desc, o.name";
            default -> "o.name";
        };
    }

    private static java.util.Map<String, Object> params(RegisterFilter filter) {
        var params = new java.util.HashMap<String, Object>();
        params.put("q", filter.q());
        params.put("tsquery", PrefixQuery.orNoMatch(filter.q()));
        params.put("sector", filter.sector());
        params.put("region", filter.region());
        return params;
    }

    Optional<Organisation> findByOdsCode(String odsCode) {
        return jdbc.sql(SELECT + " where ods_code = :ods").param("ods", odsCode == null ? null : odsCode.toUpperCase(java.util.Locale.ROOT))
                .query(OrganisationRepository::map).optional();
    }

    /** Current providers with these ODS codes, in one statement, in the order given. */
    List<Organisation> findByOdsCodes(List<String> odsCodes) {
        if (odsCodes.isEmpty()) {
            return List.of();
        }
        var found = jdbc.sql(SELECT + " where ods_code in (:ods) and retired_at is null").param("ods", odsCodes)
                .query(OrganisationRepository::map).list();
        return odsCodes.stream().flatMap(code -> found.stream().filter(o -> o.odsCode().equals(code))).toList();
    }

    Optional<Organisation> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(OrganisationRepository::map).optional();
    }

    long insertProvider(String odsCode, String name, String sector, String region, String postcode) {
        return jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, ods_code, ods_name, sector, region, postcode)
                values ('NHS_PROVIDER', :name, :slug, :ods, upper(:name), :sector, :region, :postcode) returning id
                """)
                .param("name", name).param("slug", "ods-" + odsCode.toLowerCase(java.util.Locale.ROOT))
                .param("ods", odsCode).param("sector", sector).param("region", region).param("postcode", postcode)
                .query(Long.class).single();
    }

    boolean odsCodeTaken(String odsCode) {
        return jdbc.sql("select exists(select 1 from organisations.organisation where ods_code = upper(:ods))")
                .param("ods", odsCode).query(Boolean.class).single();
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("update organisations.organisation set retired_at = case when :retired then coalesce(retired_at, now()) end, updated_at = now() where id = :id")
                .param("retired", retired).param("id", id).update();
    }

    List<Organisation> retired() {
        return jdbc.sql(SELECT + " where kind = 'NHS_PROVIDER' and retired_at is not null order by name")
                .query(OrganisationRepository::map).list();
    }

    /** Every current provider, for the CSV download. */
    List<ProviderRow> allProviders() {
        return register(new RegisterFilter(null, null, null, null, "name", 1), 100_000);
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
