package org.ccionetwork.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.topics.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

    private static final String SELECT = """
            select member_id, handle, name, profession, job_title, organisation_id, organisation_name, sector, region,
                   interests, biography, registration_body, registration_number, links, listing_visibility,
                   role_visibility, interests_visibility, biography_visibility, registration_visibility,
                   links_visibility, updated_at
            from directory.profile p
            """;

    private final JdbcClient jdbc;
    private final Topics topics;

    ProfileRepository(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    Optional<Profile> find(long memberId) {
        return jdbc.sql(SELECT + " where member_id = :id").param("id", memberId).query(this::map).optional();
    }

    Optional<Profile> findByHandle(String handle) {
        return jdbc.sql(SELECT + " where handle = :handle").param("handle", handle).query(this::map).optional();
    }

    List<Profile> findAll(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where member_id in (:ids)").param("ids", memberIds).query(this::map).list();
    }

    boolean handleTaken(String handle) {
        return jdbc.sql("select exists(select 1 from directory.profile where handle = :handle)").param("handle", handle)
                .query(Boolean.class).single();
    }

    /** Inserts or updates; the handle is set on insert only, so it never changes. */
    void save(Profile p) {
        jdbc.sql("""
                insert into directory.profile (member_id, handle, name, profession, job_title, organisation_id,
                    organisation_name, sector, region, interests, biography, registration_body, registration_number,
                    links, listing_visibility, role_visibility, interests_visibility, biography_visibility,
                    registration_visibility, links_visibility)
                values (:member, :handle, :name, :profession, :jobTitle, :organisationId, :organisationName, :sector,
                    :region, cast(:interests as text[]), :biography, :body, :number, cast(:links as text[]), :listing,
                    :role, :interestsVisibility, :biographyVisibility, :registrationVisibility, :linksVisibility)
                on conflict (member_id) do update set name = excluded.name, profession = excluded.profession,
                    job_title = excluded.job_title, organisation_id = excluded.organisation_id,
                    organisation_name = excluded.organisation_name, sector = excluded.sector, region = excluded.region,
                    interests = excluded.interests, biography = excluded.biography,
                    registration_body = excluded.registration_body, registration_number = excluded.registration_number,
                    links = excluded.links, listing_visibility = excluded.listing_visibility,
                    role_visibility = excluded.role_visibility, interests_visibility = excluded.interests_visibility,
                    biography_visibility = excluded.biography_visibility,
                    registration_visibility = excluded.registration_visibility,
                    links_visibility = excluded.links_visibility, updated_at = now()
                """)
                .param("member", p.memberId()).param("handle", p.handle()).param("name", p.name())
                .param("profession", p.profession().name()).param("jobTitle", p.jobTitle())
                .param("organisationId", p.organisationId()).param("organisationName", p.organisationName())
                .param("sector", p.sector()).param("region", p.region())
                .param("interests", Topics.slugsOf(p.interests()).toArray(String[]::new))
                .param("biography", p.biography())
                .param("body", p.registrationBody() == null ? null : p.registrationBody().name())
                .param("number", p.registrationNumber())
                .param("links", p.links().toArray(String[]::new))
                .param("listing", p.visibilityOf(FieldGroup.LISTING).name())
                .param("role", p.visibilityOf(FieldGroup.ROLE).name())
                .param("interestsVisibility", p.visibilityOf(FieldGroup.INTERESTS).name())
                .param("biographyVisibility", p.visibilityOf(FieldGroup.BIOGRAPHY).name())
                .param("registrationVisibility", p.visibilityOf(FieldGroup.REGISTRATION).name())
                .param("linksVisibility", p.visibilityOf(FieldGroup.LINKS).name())
                .update();
    }

    /** Keeps the name the search uses in step with the account. */
    void rename(long memberId, String name) {
        jdbc.sql("update directory.profile set name = :name where member_id = :id and name <> :name")
                .param("id", memberId).param("name", name).update();
    }

    void delete(long memberId) {
        jdbc.sql("delete from directory.profile where member_id = :id").param("id", memberId).update();
    }

    /**
     * One page of the directory for an audience. Every filter on a field also requires that field's group to be
     * visible to the audience, and the text search uses the audience's own vector, so nothing hidden can match.
     */
    List<Profile> search(DirectorySearch search, boolean signedIn, Collection<Long> ccios, Long organisationId, int size) {
        var params = params(search, ccios, organisationId);
        params.put("offset", (long) (search.page() - 1) * size);
        params.put("limit", size);
        return jdbc.sql(SELECT + where(search, signedIn, organisationId) + " order by lower(p.name), p.member_id offset :offset limit :limit")
                .params(params).query(this::map).list();
    }

    /** How many match, counting no further than the cap. */
    long count(DirectorySearch search, boolean signedIn, Collection<Long> ccios, Long organisationId, int cap) {
        var params = params(search, ccios, organisationId);
        params.put("cap", cap);
        return jdbc.sql("select count(*) from (select 1 from directory.profile p" + where(search, signedIn, organisationId)
                + " limit :cap) matches").params(params).query(Long.class).single();
    }

    static String where(DirectorySearch search, boolean signedIn, Long organisationId) {
        String shown = signedIn ? " <> 'HIDDEN'" : " = 'EVERYONE'";
        StringBuilder where = new StringBuilder(" where p.listing_visibility").append(shown);
        if (search.q() != null) {
            where.append(signedIn ? " and p.member_vector @@ to_tsquery('simple', :tsquery)"
                    : " and p.public_vector @@ to_tsquery('simple', :tsquery)");
        }
        if (search.region() != null) {
            where.append(" and p.region = :region and p.role_visibility").append(shown);
        }
        if (search.profession() != null) {
            where.append(" and p.profession = :profession and p.role_visibility").append(shown);
        }
        if (search.organisation() != null) {
            where.append(" and p.organisation_id = :organisationId and p.role_visibility").append(shown);
        }
        if (search.interest() != null) {
            where.append(" and p.interests @> array[cast(:interest as text)] and p.interests_visibility").append(shown);
        }
        if (search.ccio()) {
            where.append(" and p.member_id in (:ccios) and p.role_visibility").append(shown);
        }
        return where.toString();
    }

    private static Map<String, Object> params(DirectorySearch search, Collection<Long> ccios, Long organisationId) {
        var params = new HashMap<String, Object>();
        params.put("tsquery", search.tsQuery());
        params.put("region", search.region());
        params.put("profession", search.profession() == null ? null : search.profession().name());
        params.put("organisationId", organisationId == null ? -1L : organisationId);
        params.put("interest", search.interest() == null ? null : search.interest().slug());
        params.put("ccios", ccios == null || ccios.isEmpty() ? List.of(-1L) : ccios);
        return params;
    }

    Profile map(ResultSet rs, int row) throws SQLException {
        Map<FieldGroup, Visibility> visibility = new EnumMap<>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            visibility.put(group, Visibility.valueOf(rs.getString(group.name().toLowerCase(java.util.Locale.ROOT) + "_visibility")));
        }
        String body = rs.getString("registration_body");
        return new Profile(rs.getLong("member_id"), rs.getString("handle"), rs.getString("name"),
                Profession.valueOf(rs.getString("profession")), rs.getString("job_title"),
                (Long) rs.getObject("organisation_id"), rs.getString("organisation_name"), rs.getString("sector"),
                rs.getString("region"), topics.of(strings(rs.getArray("interests"))), rs.getString("biography"),
                body == null ? null : RegistrationBody.valueOf(body), rs.getString("registration_number"),
                strings(rs.getArray("links")), visibility, rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
