package org.ccionetwork.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.shared.PrefixQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members with their roles; every read is one statement, roles aggregated in SQL. */
@Repository
class MemberRepository {

    private static final String SELECT = """
            select m.id, m.email, m.name, m.password_hash, m.profession, m.organisation_name, m.status,
                   m.suspended_until, m.suspension_reason, m.email_verified_at, m.must_change_password, m.created_at,
                   array(select r.role from accounts.member_role r where r.member_id = m.id order by r.role) as roles
            from accounts.member m
            """;

    /** For @mentions; the partial index member_active_name_idx serves both (see MemberNameIndexTests). */
    static final String ACTIVE_BY_NAMES = SELECT + " where lower(m.name) in (:names) and m.status = 'ACTIVE'";
    static final String ACTIVE_BY_NAME_PREFIX = SELECT
            + " where lower(m.name) like :prefix escape '\\' and m.status = 'ACTIVE' order by m.name limit :limit";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Member> findById(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(MemberRepository::map).optional();
    }

    List<Member> findAll(java.util.Collection<Long> ids) {
        return jdbc.sql(SELECT + " where m.id in (:ids)").param("ids", ids)
                .query(MemberRepository::map).list();
    }

    List<Member> findActiveByNames(java.util.Collection<String> lowerNames) {
        return jdbc.sql(ACTIVE_BY_NAMES).param("names", lowerNames)
                .query(MemberRepository::map).list();
    }

    List<Member> findActiveByNamePrefix(String prefix, int limit) {
        return jdbc.sql(ACTIVE_BY_NAME_PREFIX)
                .param("prefix", prefix.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("limit", limit)
                .query(MemberRepository::map).list();
    }

    Optional<Member> findByEmail(String email) {
        return jdbc.sql(SELECT + " where m.email = :email").param("email", normalise(email))
                .query(MemberRepository::map).optional();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists(select 1 from accounts.member where email = :email)")
                .param("email", normalise(email)).query(Boolean.class).single();
    }

    long insert(String email, String name, String passwordHash, Profession profession, String organisationName,
            Instant verifiedAt, boolean mustChangePassword, Instant now) {
        long id = jdbc.sql("""
                insert into accounts.member (email, name, password_hash, profession, organisation_name,
                                             email_verified_at, must_change_password, created_at, updated_at)
                values (:email, :name, :hash, :profession, :organisation, :verifiedAt, :mustChange, :now, :now)
                returning id
                """)
                .param("email", normalise(email))
                .param("name", name)
                .param("hash", passwordHash)
                .param("profession", profession.name())
                .param("organisation", organisationName)
                .param("verifiedAt", ts(verifiedAt))
                .param("mustChange", mustChangePassword)
                .param("now", ts(now))
                .query(Long.class).single();
        return id;
    }

    void setRoles(long memberId, Set<Role> roles) {
        jdbc.sql("delete from accounts.member_role where member_id = :id").param("id", memberId).update();
        for (Role role : roles) {
            jdbc.sql("insert into accounts.member_role (member_id, role) values (:id, :role)")
                    .param("id", memberId).param("role", role.name()).update();
        }
    }

    void addRole(long memberId, Role role) {
        jdbc.sql("insert into accounts.member_role (member_id, role) values (:id, :role) on conflict do nothing")
                .param("id", memberId).param("role", role.name()).update();
    }

    void removeRole(long memberId, Role role) {
        jdbc.sql("delete from accounts.member_role where member_id = :id and role = :role")
                .param("id", memberId).param("role", role.name()).update();
    }

    void markVerified(long memberId, Instant now) {
        jdbc.sql("update accounts.member set email_verified_at = coalesce(email_verified_at, :now), updated_at = :now where id = :id")
                .param("now", ts(now)).param("id", memberId).update();
    }

    void changeEmail(long memberId, String email, Instant now) {
        jdbc.sql("update accounts.member set email = :email, email_verified_at = :now, updated_at = :now where id = :id")
                .param("email", normalise(email)).param("now", ts(now)).param("id", memberId).update();
    }

    void changeName(long memberId, String name, Profession profession, String organisationName, Instant now) {
        jdbc.sql("""
                update accounts.member set name = :name, profession = :profession, organisation_name = :organisation,
                       updated_at = :now where id = :id
                """)
                .param("name", name).param("profession", profession.name()).param("organisation", organisationName)
                .param("now", ts(now)).param("id", memberId).update();
    }

    void changePassword(long memberId, String hash, Instant now) {
        jdbc.sql("update accounts.member set password_hash = :hash, must_change_password = false, updated_at = :now where id = :id")
                .param("hash", hash).param("now", ts(now)).param("id", memberId).update();
    }

    void suspend(long memberId, Instant until, String reason, Instant now) {
        jdbc.sql("""
                update accounts.member set status = 'SUSPENDED', suspended_until = :until, suspension_reason = :reason,
                       updated_at = :now where id = :id and status <> 'DELETED'
                """)
                .param("until", ts(until)).param("reason", reason).param("now", ts(now)).param("id", memberId).update();
    }

    void reinstate(long memberId, Instant now) {
        jdbc.sql("""
                update accounts.member set status = 'ACTIVE', suspended_until = null, suspension_reason = null,
                       updated_at = :now where id = :id and status = 'SUSPENDED'
                """)
                .param("now", ts(now)).param("id", memberId).update();
    }

    /** Erases personal data and keeps the row, so authorship elsewhere resolves to "Former member". */
    void erase(long memberId, Instant now) {
        jdbc.sql("delete from accounts.member_role where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.member_token where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.identity_link_request where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.member_identity where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.recovery_code where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.second_factor where member_id = :id").param("id", memberId).update();
        jdbc.sql("""
                update accounts.member set email = null, name = 'Former member', password_hash = null,
                       profession = 'NOT_CLINICAL', organisation_name = null, status = 'DELETED', suspended_until = null,
                       suspension_reason = null, must_change_password = false, deleted_at = :now, updated_at = :now
                where id = :id
                """)
                .param("now", ts(now)).param("id", memberId).update();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists(select 1 from accounts.member_role where role = :role)")
                .param("role", role.name()).query(Boolean.class).single();
    }

    /** Members matching a search, newest first; the search uses the full-text index on name, email and organisation. */
    List<Member> search(String query, Role role, long offset, int limit) {
        return jdbc.sql(SELECT + where(query, role) + " order by m.created_at desc, m.id desc offset :offset limit :limit")
                .param("query", PrefixQuery.of(query)).param("role", role == null ? null : role.name())
                .param("offset", offset).param("limit", limit)
                .query(MemberRepository::map).list();
    }

    long count(String query, Role role) {
        return jdbc.sql("select count(*) from accounts.member m" + where(query, role))
                .param("query", PrefixQuery.of(query)).param("role", role == null ? null : role.name())
                .query(Long.class).single();
    }

    private static String where(String query, Role role) {
        StringBuilder where = new StringBuilder(" where m.status <> 'DELETED'");
        if (PrefixQuery.of(query) != null) {
            where.append(" and m.search_vector @@ to_tsquery('simple', :query)");
        }
        if (role != null) {
            where.append(" and exists(select 1 from accounts.member_role r where r.member_id = m.id and r.role = :role)");
        }
        return where.toString();
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array array = rs.getArray("roles");
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add(Role.valueOf((String) role));
            }
        }
        return new Member(rs.getLong("id"), rs.getString("email"), rs.getString("name"), rs.getString("password_hash"),
                Profession.valueOf(rs.getString("profession")), rs.getString("organisation_name"),
                MemberStatus.valueOf(rs.getString("status")), instant(rs, "suspended_until"),
                rs.getString("suspension_reason"), instant(rs, "email_verified_at"),
                rs.getBoolean("must_change_password"), instant(rs, "created_at"), roles);
    }
}
