package org.ccionetwork.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Repository;

/**
 * The platform's own reads and changes of passkeys, in the tables Spring Security's JDBC repositories keep (see
 * the migration): a member's user entity is named by their id, and each credential carries the label they gave.
 * The WebAuthn ceremonies themselves go through {@link RelyingParty} and those repositories.
 */
@Repository
class PasskeyRepository {

    private final JdbcClient jdbc;

    PasskeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A passkey as the account page lists it; {@code id} is the credential id in base64url. */
    record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    List<Passkey> forMember(long memberId) {
        return jdbc.sql("""
                select c.credential_id, c.label, c.created, c.last_used
                from public.user_credentials c join public.user_entities u on u.id = c.user_entity_user_id
                where u.name = :name order by c.created, c.credential_id""")
                .param("name", Long.toString(memberId))
                .query((rs, row) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
                        instant(rs.getTimestamp("created")), instant(rs.getTimestamp("last_used"))))
                .list();
    }

    boolean any(long memberId) {
        return jdbc.sql("""
                select exists(select 1 from public.user_credentials c join public.user_entities u on u.id = c.user_entity_user_id
                              where u.name = :name)""")
                .param("name", Long.toString(memberId)).query(Boolean.class).single();
    }

    /** The member's WebAuthn user handle, made (random, as the specification asks) the first time. */
    Bytes userHandle(long memberId, String displayName) {
        String name = Long.toString(memberId);
        jdbc.sql("""
                insert into public.user_entities (id, name, display_name) values (:id, :name, :display)
                on conflict (name) do update set display_name = excluded.display_name""")
                .param("id", Bytes.random().toBase64UrlString()).param("name", name).param("display", displayName).update();
        return Bytes.fromBase64(jdbc.sql("select id from public.user_entities where name = :name")
                .param("name", name).query(String.class).single());
    }

    /** The member a user handle belongs to, if any. */
    Optional<Long> memberOf(Bytes userHandle) {
        return jdbc.sql("select name from public.user_entities where id = :id")
                .param("id", userHandle.toBase64UrlString()).query(String.class).optional()
                .filter(name -> name.matches("\\d{1,18}")).map(Long::parseLong);
    }

    Optional<Passkey> find(long memberId, String credentialId) {
        return forMember(memberId).stream().filter(passkey -> passkey.id().equals(credentialId)).findFirst();
    }

    boolean rename(long memberId, String credentialId, String label) {
        return jdbc.sql("""
                update public.user_credentials c set label = :label from public.user_entities u
                where u.id = c.user_entity_user_id and u.name = :name and c.credential_id = :credential""")
                .param("label", label).param("name", Long.toString(memberId)).param("credential", credentialId)
                .update() == 1;
    }

    boolean remove(long memberId, String credentialId) {
        return jdbc.sql("""
                delete from public.user_credentials c using public.user_entities u
                where u.id = c.user_entity_user_id and u.name = :name and c.credential_id = :credential""")
                .param("name", Long.toString(memberId)).param("credential", credentialId).update() == 1;
    }

    /** Removes every passkey of the member and their user handle (erasure, or an administrator's reset). */
    int removeAll(long memberId) {
        int passkeys = jdbc.sql("""
                select count(*) from public.user_credentials c join public.user_entities u on u.id = c.user_entity_user_id
                where u.name = :name""").param("name", Long.toString(memberId)).query(Integer.class).single();
        // The credentials go with the user entity (on delete cascade).
        jdbc.sql("delete from public.user_entities where name = :name").param("name", Long.toString(memberId)).update();
        return passkeys;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
