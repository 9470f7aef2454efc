package org.ccionetwork.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.ccionetwork.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use tokens for emailed links. The link carries a random token; the database keeps only its SHA-256,
 * so a leaked table cannot be replayed.
 */
@Repository
class TokenRepository {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    record Token(long memberId, Purpose purpose, String newEmail, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token and returns the secret for the link. */
    String issue(long memberId, Purpose purpose, String newEmail, Instant expiresAt, Instant now) {
        String secret = SecretTokens.newSecret();
        jdbc.sql("""
                insert into accounts.member_token (token_hash, member_id, purpose, new_email, expires_at, created_at)
                values (:hash, :member, :purpose, :newEmail, :expires, :now)
                """)
                .param("hash", SecretTokens.hash(secret)).param("member", memberId).param("purpose", purpose.name())
                .param("newEmail", newEmail).param("expires", Timestamp.from(expiresAt)).param("now", Timestamp.from(now))
                .update();
        return secret;
    }

    /** Finds a token and locks it, so two clicks on one link cannot both use it. */
    Optional<Token> lock(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select member_id, purpose, new_email, expires_at, used_at from accounts.member_token
                where token_hash = :hash and purpose = :purpose for update
                """)
                .param("hash", SecretTokens.hash(secret)).param("purpose", purpose.name())
                .query((rs, n) -> new Token(rs.getLong("member_id"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("new_email"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    /** Finds a token without locking, for read-only checks. */
    Optional<Token> find(String secret, Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select member_id, purpose, new_email, expires_at, used_at from accounts.member_token
                where token_hash = :hash and purpose = :purpose
                """)
                .param("hash", SecretTokens.hash(secret)).param("purpose", purpose.name())
                .query((rs, n) -> new Token(rs.getLong("member_id"), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("new_email"), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .optional();
    }

    void markUsed(String secret, Instant now) {
        jdbc.sql("update accounts.member_token set used_at = :now where token_hash = :hash")
                .param("now", Timestamp.from(now)).param("hash", SecretTokens.hash(secret)).update();
    }

    /**
     * How many tokens of a purpose the member was issued since then; takes a lock on the member's tokens until the
     * transaction ends, so requests at the same instant are counted one after the other.
     */
    int issuedSince(long memberId, Purpose purpose, Instant since) {
        jdbc.sql("select pg_advisory_xact_lock(4242005, cast(:member % 2147483647 as int))").param("member", memberId)
                .query().singleValue();
        return jdbc.sql("""
                select count(*) from accounts.member_token
                where member_id = :member and purpose = :purpose and created_at > :since
                """)
                .param("member", memberId).param("purpose", purpose.name()).param("since", Timestamp.from(since))
                .query(Integer.class).single();
    }

    /** Retires the member's other unused tokens of a purpose, so only the newest link works. */
    void retireUnused(long memberId, Purpose purpose, Instant now) {
        jdbc.sql("""
                update accounts.member_token set used_at = :now
                where member_id = :member and purpose = :purpose and used_at is null
                """)
                .param("now", Timestamp.from(now)).param("member", memberId).param("purpose", purpose.name()).update();
    }
}
