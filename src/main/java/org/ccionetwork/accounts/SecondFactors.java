package org.ccionetwork.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.SecretTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator-app second factor of staff: setting it up (secret shown once, confirmed by a first code,
 * then ten recovery codes shown once and kept hashed), checking codes (throttled like passwords, each code
 * good once), and an administrator's reset.
 */
@Service
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SignInThrottle throttle;
    private final MemberRepository members;
    private final PasskeyRepository passkeys;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, SignInThrottle throttle, MemberRepository members, PasskeyRepository passkeys,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passkeys = passkeys;
        this.throttle = throttle;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an outcome of a code means. */
    enum Check { ACCEPTED, WRONG, THROTTLED }

    boolean enrolled(long memberId) {
        return jdbc.sql("select exists(select 1 from accounts.second_factor where member_id = :id and confirmed_at is not null)")
                .param("id", memberId).query(Boolean.class).single();
    }

    /** Starts (or restarts) setting up: a new secret, not yet in use. Empty if one is already set up. */
    @Transactional
    Optional<String> begin(long memberId) {
        String secret = OneTimeCodes.newSecret();
        int changed = jdbc.sql("""
                insert into accounts.second_factor (member_id, secret, created_at) values (:id, :secret, :now)
                on conflict (member_id) do update set secret = excluded.secret, created_at = excluded.created_at
                where accounts.second_factor.confirmed_at is null""")
                .param("id", memberId).param("secret", secret).param("now", Timestamp.from(clock.instant())).update();
        return changed == 1 ? Optional.of(secret) : Optional.empty();
    }

    /** The first code proves the app holds the secret: the factor is on, and the recovery codes are returned once. */
    @Transactional
    Optional<List<String>> confirm(long memberId, String code, String clientAddress) {
        String key = key(memberId);
        if (throttle.blocked(key, clientAddress)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        var secret = jdbc.sql("select secret from accounts.second_factor where member_id = :id and confirmed_at is null for update")
                .param("id", memberId).query(String.class).optional();
        var step = secret.flatMap(s -> boxed(OneTimeCodes.matchingStep(s, code == null ? null : code.strip(), now)));
        if (step.isEmpty()) {
            throttle.recordFailure(key, clientAddress);
            return Optional.empty();
        }
        jdbc.sql("update accounts.second_factor set confirmed_at = :now, last_used_step = :step where member_id = :id")
                .param("now", Timestamp.from(now)).param("step", step.get()).param("id", memberId).update();
        jdbc.sql("delete from accounts.recovery_code where member_id = :id").param("id", memberId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.sql("insert into accounts.recovery_code (member_id, code_hash) values (:id, :hash)")
                    .param("id", memberId).param("hash", SecretTokens.hash(recovery)).update();
        }
        throttle.recordSuccess(key);
        audit.record("SECOND_FACTOR_SET_UP", "member #" + memberId, "Authenticator app, with " + RECOVERY_CODES + " recovery codes");
        return Optional.of(codes);
    }

    /** A code from the app (each time step good once) or an unused recovery code. */
    @Transactional
    Check verify(long memberId, String code, String clientAddress) {
        String key = key(memberId);
        if (throttle.blocked(key, clientAddress)) {
            return Check.THROTTLED;
        }
        String given = code == null ? "" : code.strip().replace(" ", "").replace("-", "").toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        boolean accepted;
        if (given.matches("\\d{6}")) {
            var secret = jdbc.sql("select secret from accounts.second_factor where member_id = :id and confirmed_at is not null")
                    .param("id", memberId).query(String.class).optional();
            var step = secret.flatMap(s -> boxed(OneTimeCodes.matchingStep(s, given, now)));
            // The step only moves forward, in one statement: a code, or any older one, is refused once used.
            accepted = step.isPresent() && jdbc.sql("""
                    update accounts.second_factor set last_used_step = :step
                    where member_id = :id and last_used_step < :step""")
                    .param("step", step.get()).param("id", memberId).update() == 1;
        } else {
            accepted = given.length() <= 20 && jdbc.sql("""
                    update accounts.recovery_code set used_at = :now
                    where member_id = :id and code_hash = :hash and used_at is null""")
                    .param("now", Timestamp.from(now)).param("id", memberId).param("hash", SecretTokens.hash(given))
                    .update() == 1;
            if (accepted) {
                audit.recordAs(memberId, members.findById(memberId).map(Member::name).orElse("member"),
                        "RECOVERY_CODE_USED", "member #" + memberId, "A recovery code was used for the second factor");
            }
        }
        if (!accepted) {
            throttle.recordFailure(key, clientAddress);
            return Check.WRONG;
        }
        throttle.recordSuccess(key);
        return Check.ACCEPTED;
    }

    int recoveryCodesLeft(long memberId) {
        return jdbc.sql("select count(*) from accounts.recovery_code where member_id = :id and used_at is null")
                .param("id", memberId).query(Integer.class).single();
    }

    /**
     * An administrator removes a member's second factor (a lost phone): the app, the recovery codes and the
     * passkeys, which may have been on the same phone. They set one up again at their next staff page.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    void reset(long memberId) {
        members.findById(memberId).orElseThrow(() -> MemberNotFound.forId(memberId));
        jdbc.sql("delete from accounts.recovery_code where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from accounts.second_factor where member_id = :id").param("id", memberId).update();
        int removed = passkeys.removeAll(memberId);
        audit.record("SECOND_FACTOR_RESET", "member #" + memberId, "Authenticator app, recovery codes and "
                + (removed == 1 ? "1 passkey" : removed + " passkeys") + " removed");
    }

    private static String key(long memberId) {
        return "second-factor:" + memberId;
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static Optional<Long> boxed(java.util.OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
