package org.ccionetwork.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.CcioProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no administrator yet) creates one and prints its email and a one-time password once.
 * The administrator must choose a new password at first sign-in. An advisory lock keeps two instances
 * starting together from both creating one.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final CcioProperties properties;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    FirstAdmin(MemberRepository members, PasswordEncoder passwords, CcioProperties properties, AuditLog audit,
            JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("select pg_advisory_xact_lock(4242001)").query().singleValue();
        if (members.anyWithRole(Role.ADMIN)) {
            return;
        }
        String email = properties.admin().email();
        if (members.emailTaken(email)) {
            log.warn("No administrator exists and {} is taken by a member; grant the role by SQL", email);
            return;
        }
        String password = oneTimePassword();
        var now = clock.instant();
        long id = members.insert(email, properties.admin().name(), passwords.encode(password), Profession.NOT_CLINICAL,
                "CCIO Network", now, true, now);
        members.setRoles(id, EnumSet.of(Role.MEMBER, Role.ADMIN));
        audit.recordAnonymous("system", "FIRST_ADMIN_CREATED", "member #" + id, email);
        String block = """

                ================================================================
                  CCIO Network: first administrator account created
                  Email:              %s
                  One-time password:  %s
                  Sign in at %s and choose a new password.
                  This password is shown only once.
                ================================================================
                """.formatted(email, password, properties.link("/sign-in"));
        System.out.println(block);
        log.info("First administrator created: {}", email);
    }

    static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
