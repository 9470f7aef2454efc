package org.ccionetwork.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Linked provider sign-ins, and the links waiting for a member to prove by email that an account is theirs. */
@Repository
class IdentityRepository {

    private static final String SELECT = """
            select id, member_id, provider, issuer, subject, email, organisation_codes, linked_at, last_used_at
            from accounts.member_identity
            """;

    /** A link waiting for its emailed token. */
    record LinkRequest(long memberId, ProviderIdentity identity, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LinkedIdentity> find(String issuer, String subject) {
        return jdbc.sql(SELECT + " where issuer = :issuer and subject = :subject")
                .param("issuer", issuer).param("subject", subject).query(IdentityRepository::map).optional();
    }

    List<LinkedIdentity> forMember(long memberId) {
        return jdbc.sql(SELECT + " where member_id = :member order by linked_at, id")
                .param("member", memberId).query(IdentityRepository::map).list();
    }

    /** Links the identity; false if it is already linked (to this member or, refused, to another). */
    boolean link(long memberId, ProviderIdentity identity, Instant now) {
        return jdbc.sql("""
                insert into accounts.member_identity (member_id, provider, issuer, subject, email, organisation_codes,
                                                      linked_at, last_used_at)
                values (:member, :provider, :issuer, :subject, :email, :codes, :now, :now)
                on conflict (issuer, subject) do nothing
                """)
                .param("member", memberId).param("provider", identity.provider()).param("issuer", identity.issuer())
                .param("subject", identity.subject()).param("email", identity.email())
                .param("codes", identity.organisationCodes().toArray(String[]::new)).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** A sign-in with a linked identity: what the provider asserts now replaces what it asserted before. */
    void signedIn(long id, ProviderIdentity identity, Instant now) {
        jdbc.sql("""
                update accounts.member_identity set email = :email, organisation_codes = :codes, last_used_at = :now
                where id = :id
                """)
                .param("email", identity.email()).param("codes", identity.organisationCodes().toArray(String[]::new))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    Optional<LinkedIdentity> remove(long memberId, long id) {
        return jdbc.sql("delete from accounts.member_identity where id = :id and member_id = :member returning *")
                .param("id", id).param("member", memberId).query(IdentityRepository::map).optional();
    }

    /** Stores a link waiting for the member's emailed proof; returns the secret for the link. */
    String requestLink(long memberId, ProviderIdentity identity, Instant expiresAt, Instant now) {
        String secret = SecretTokens.newSecret();
        jdbc.sql("""
                insert into accounts.identity_link_request (token_hash, member_id, provider, issuer, subject, email,
                                                            organisation_codes, expires_at, created_at)
                values (:hash, :member, :provider, :issuer, :subject, :email, :codes, :expires, :now)
                """)
                .param("hash", SecretTokens.hash(secret)).param("member", memberId)
                .param("provider", identity.provider()).param("issuer", identity.issuer())
                .param("subject", identity.subject()).param("email", identity.email())
                .param("codes", identity.organisationCodes().toArray(String[]::new))
                .param("expires", Timestamp.from(expiresAt)).param("now", Timestamp.from(now)).update();
        return secret;
    }

    /** Finds a waiting link by its secret and locks it, so two clicks cannot both use it. */
    Optional<LinkRequest> lockRequest(String secret, java.util.function.Function<String, String> providerName) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select * from accounts.identity_link_request where token_hash = :hash for update")
                .param("hash", SecretTokens.hash(secret))
                .query((rs, n) -> new LinkRequest(rs.getLong("member_id"),
                        new ProviderIdentity(rs.getString("provider"), providerName.apply(rs.getString("provider")),
                                rs.getString("issuer"), rs.getString("subject"), rs.getString("email"), true, null,
                                codes(rs)),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    void markRequestUsed(String secret, Instant now) {
        jdbc.sql("update accounts.identity_link_request set used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(now)).param("hash", SecretTokens.hash(secret)).update();
    }

    private static List<String> codes(ResultSet rs) throws SQLException {
        Array array = rs.getArray("organisation_codes");
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static LinkedIdentity map(ResultSet rs, int row) throws SQLException {
        Timestamp lastUsed = rs.getTimestamp("last_used_at");
        return new LinkedIdentity(rs.getLong("id"), rs.getLong("member_id"), rs.getString("provider"),
                rs.getString("issuer"), rs.getString("subject"), rs.getString("email"), codes(rs),
                rs.getTimestamp("linked_at").toInstant(), lastUsed == null ? null : lastUsed.toInstant());
    }
}
