package org.ccionetwork.accounts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.ccionetwork.shared.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email address (whether or not an account has it, so a refusal reveals nothing)
 * and per client address, and refuses further tries once either passes its limit within the window.
 */
@Component
class SignInThrottle {

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

    boolean blocked(String email, String clientAddress) {
        return failures(accountKey(email)) >= properties.maxFailuresPerAccount()
                || (clientAddress != null && failures(addressKey(clientAddress)) >= properties.maxFailuresPerAddress());
    }

    @Transactional
    void recordFailure(String email, String clientAddress) {
        record(accountKey(email), properties.maxFailuresPerAccount(), "account " + normalise(email));
        if (clientAddress != null) {
            record(addressKey(clientAddress), properties.maxFailuresPerAddress(), "address " + clientAddress);
        }
    }

    @Transactional
    void recordSuccess(String email) {
        jdbc.sql("delete from accounts.sign_in_failure where throttle_key = :key").param("key", accountKey(email)).update();
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

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
