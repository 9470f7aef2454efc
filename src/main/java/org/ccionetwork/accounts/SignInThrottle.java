package org.ccionetwork.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.ccionetwork.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing without letting a stranger lock a member out. Failed sign-ins are counted per account
 * (whether or not an account has the email, so a refusal reveals nothing), per account and client address
 * together, and per client address. Within the window:
 * <ul>
 * <li>one address that fails {@code maxFailuresPerAccount} times on one account is refused there (only the
 * guesser's own attempts stop);</li>
 * <li>one address that fails {@code maxFailuresPerAddress} times on any accounts is refused;</li>
 * <li>an account that has failed {@code maxFailuresPerAccount} times from anywhere makes every try wait a delay
 * after its last failure, 1 s and doubling with each further failure, at most a minute: never a lock.</li>
 * </ul>
 * A successful sign-in or a completed password reset clears the account's counts.
 */
@Component
class SignInThrottle {

    static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountsProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, AccountsProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** One statement reads the three counts that decide, and the account's last failure. */
    boolean blocked(String email, String clientAddress) {
        Instant now = clock.instant();
        String address = clientAddress == null ? "" : clientAddress; // no address, no pair or address rows
        return jdbc.sql("""
                select count(*) filter (where throttle_key = :pair), count(*) filter (where throttle_key = :address),
                       count(*) filter (where throttle_key = :account), max(failed_at) filter (where throttle_key = :account)
                from accounts.sign_in_failure
                where throttle_key in (:pair, :address, :account) and failed_at > :since""")
                .param("pair", pairKey(email, address)).param("address", addressKey(address))
                .param("account", accountKey(email)).param("since", Timestamp.from(now.minus(properties.failureWindow())))
                .query((rs, n) -> rs.getInt(1) >= properties.maxFailuresPerAccount()
                        || rs.getInt(2) >= properties.maxFailuresPerAddress()
                        || now.isBefore(waitUntil(rs.getInt(3), rs.getTimestamp(4))))
                .single();
    }

    /** When the account may be tried again: at once, or a growing delay after its last failure. */
    private Instant waitUntil(int accountFailures, Timestamp lastFailure) {
        int over = accountFailures - properties.maxFailuresPerAccount();
        if (over < 0 || lastFailure == null) {
            return Instant.MIN;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(over, 6));
        return lastFailure.toInstant().plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
    }

    @Transactional
    void recordFailure(String email, String clientAddress) {
        record(accountKey(email), properties.maxFailuresPerAccount(), "account " + normalise(email));
        if (clientAddress != null) {
            record(pairKey(email, clientAddress), properties.maxFailuresPerAccount(),
                    "account " + normalise(email) + " from " + clientAddress);
            record(addressKey(clientAddress), properties.maxFailuresPerAddress(), "address " + clientAddress);
        }
    }

    /** A successful sign-in or password reset: the account's counts, from every address, are forgotten. */
    @Transactional
    void recordSuccess(String email) {
        String pairs = "pair:" + normalise(email) + "|";
        jdbc.sql("""
                delete from accounts.sign_in_failure
                where throttle_key = :key or left(throttle_key, length(:pairs)) = :pairs""")
                .param("key", accountKey(email)).param("pairs", pairs).update();
    }

    @Transactional
    int forgetOld() {
        return jdbc.sql("delete from accounts.sign_in_failure where failed_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(properties.failureWindow().multipliedBy(4))))
                .update();
    }

    private void record(String key, int limit, String target) {
        jdbc.sql("insert into accounts.sign_in_failure (throttle_key, failed_at) values (:key, :at)")
                .param("key", key).param("at", Timestamp.from(clock.instant())).update();
        if (failures(key) == limit) {
            audit.recordAnonymous("anonymous", "SIGN_IN_THROTTLED", target,
                    limit + " failed sign-ins within " + properties.failureWindow().toMinutes() + " minutes");
        }
    }

    private int failures(String key) {
        Instant since = clock.instant().minus(properties.failureWindow());
        return jdbc.sql("select count(*) from accounts.sign_in_failure where throttle_key = :key and failed_at > :since")
                .param("key", key).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    private static String accountKey(String email) {
        return "account:" + normalise(email);
    }

    private static String pairKey(String email, String address) {
        return "pair:" + normalise(email) + "|" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
