package org.ccionetwork.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BackerRepository {

    private static final String SELECT = """
            select id, kind, name, email, statement, contact_role, confirmed_at, approved_at, rejected_at, created_at
            from campaign.backer
            """;
    private static final String PUBLIC = " confirmed_at is not null and rejected_at is null and (kind = 'INDIVIDUAL' or approved_at is not null)";

    private final JdbcClient jdbc;

    BackerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists(select 1 from campaign.backer where email = lower(:email))").param("email", email)
                .query(Boolean.class).single();
    }

    int recentFrom(String clientIp, Instant since) {
        return jdbc.sql("select count(*) from campaign.backer where client_ip = :ip and created_at > :since")
                .param("ip", clientIp).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    long insert(BackForm form, String tokenHash, Instant expires, String clientIp, Instant now) {
        return jdbc.sql("""
                insert into campaign.backer (kind, name, email, statement, contact_role, token_hash, token_expires_at, client_ip, created_at, updated_at)
                values (:kind, :name, lower(:email), :statement, :role, :token, :expires, :ip, :now, :now) returning id
                """)
                .param("kind", form.kind().name()).param("name", form.name().strip()).param("email", form.email().strip())
                .param("statement", blank(form.statement())).param("role", form.kind().organisation() ? blank(form.contactRole()) : null)
                .param("token", tokenHash).param("expires", Timestamp.from(expires)).param("ip", clientIp)
                .param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Confirms the backing the token belongs to, once; returns it if the token was valid and unused. */
    Optional<Backer> confirm(String tokenHash, Instant now) {
        return jdbc.sql("""
                update campaign.backer set confirmed_at = :now, token_hash = null, token_expires_at = null, updated_at = :now
                where token_hash = :token and token_expires_at > :now and confirmed_at is null
                returning id, kind, name, email, statement, contact_role, confirmed_at, approved_at, rejected_at, created_at
                """)
                .param("token", tokenHash).param("now", Timestamp.from(now)).query(BackerRepository::map).optional();
    }

    Optional<Backer> lock(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(BackerRepository::map).optional();
    }

    /** Organisations that confirmed by email and wait for a moderator's approval. */
    long countAwaitingApproval() {
        return jdbc.sql("select count(*) from campaign.backer where kind <> 'INDIVIDUAL' and confirmed_at is not null"
                + " and approved_at is null and rejected_at is null").query(Long.class).single();
    }

    void decide(long id, boolean approved, long moderatorId, Instant now) {
        jdbc.sql("""
                update campaign.backer set approved_at = case when cast(:approved as boolean) then cast(:now as timestamptz) end,
                       rejected_at = case when cast(:approved as boolean) then null else cast(:now as timestamptz) end,
                       decided_by = :moderator, updated_at = :now
                where id = :id
                """)
                .param("approved", approved).param("now", Timestamp.from(now)).param("moderator", moderatorId).param("id", id)
                .update();
    }

    List<Backer> publicBackers() {
        return jdbc.sql(SELECT + " where" + PUBLIC + " order by kind, name").query(BackerRepository::map).list();
    }

    List<Backer> awaitingApproval() {
        return jdbc.sql(SELECT + " where kind <> 'INDIVIDUAL' and confirmed_at is not null and approved_at is null and rejected_at is null order by confirmed_at, id")
                .query(BackerRepository::map).list();
    }

    Map<BackerKind, Long> publicCounts() {
        Map<BackerKind, Long> counts = new EnumMap<>(BackerKind.class);
        for (BackerKind kind : BackerKind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.sql("select kind, count(*) as n from campaign.backer where" + PUBLIC + " group by kind")
                .query((rs, n) -> counts.put(BackerKind.valueOf(rs.getString("kind")), rs.getLong("n"))).list();
        return counts;
    }

    String version() {
        return jdbc.sql("select version::text from campaign.change_counter where id = 1").query(String.class).single();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Backer map(ResultSet rs, int row) throws SQLException {
        return new Backer(rs.getLong("id"), BackerKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("email"), rs.getString("statement"), rs.getString("contact_role"),
                instant(rs, "confirmed_at"), instant(rs, "approved_at"), instant(rs, "rejected_at"), instant(rs, "created_at"));
    }
}
