package org.ccionetwork.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Builds members for tests: {@code members.aMember().withRole(Role.ADMIN).create()}. */
@Component
public class Members {

    public static final String PASSWORD = "correct horse battery staple";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SecondFactors secondFactors;
    private final java.time.Clock clock;
    private final java.util.Map<Long, MemberPrincipal> passedSecondFactor = new java.util.concurrent.ConcurrentHashMap<>();
    private String hash;

    /** For tests that build members outside a Spring context (their staff cannot pass the second factor here). */
    public Members(JdbcClient jdbc, PasswordEncoder passwords) {
        this(jdbc, passwords, null, java.time.Clock.systemUTC());
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Members(JdbcClient jdbc, PasswordEncoder passwords, SecondFactors secondFactors, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    /**
     * Staff pages need a session that passed the second factor. The member really sets up an authenticator app
     * (the application's own {@link SecondFactors}, with a code computed from the secret it made), and only when
     * that check accepts the code does the principal get its second factor: the same step the page takes. Once
     * per member, since a code works only once.
     */
    MemberPrincipal passSecondFactor(long memberId, MemberPrincipal principal) {
        if (secondFactors == null) {
            throw new IllegalStateException("Build staff members with the Members bean to sign them in");
        }
        return passedSecondFactor.computeIfAbsent(memberId, id -> {
            String secret = secondFactors.begin(id).orElseThrow();
            var codes = secondFactors.confirm(id, OneTimeCodes.codeAt(secret, clock.instant()), null);
            if (codes.isEmpty()) {
                throw new IllegalStateException("The second factor refused a code computed from its own secret");
            }
            RECOVERY_CODES.put(id, new java.util.concurrent.ConcurrentLinkedDeque<>(codes.get()));
            return principal.withSecondFactor();
        });
    }

    /** The recovery codes shown when a member's authenticator app was set up here, for later sign-ins; each works once. */
    public static final java.util.Map<Long, java.util.Deque<String>> RECOVERY_CODES = new java.util.concurrent.ConcurrentHashMap<>();

    /** How many audit entries of this action name the member as their target. */
    public int audited(long memberId, String action) {
        return jdbc.sql("select count(*) from shared.audit_entry where action = :action and target = :target")
                .param("action", action).param("target", "member #" + memberId).query(Integer.class).single();
    }

    public Builder aMember() {
        return new Builder();
    }

    /** The authenticator app's code for a secret at a moment (RFC 6238), as a person's phone would show it. */
    public static String oneTimeCode(String secret, Instant at) {
        return OneTimeCodes.codeAt(secret, at);
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nhs.uk";
    }

    public record Created(long id, String email, String name, String password, Set<Role> roles, Members from) {

        /**
         * Signs this member in for a MockMvc request, as a session from the sign-in form would; a staff member's
         * session has also passed the second factor (see {@link Members#passSecondFactor}).
         */
        public RequestPostProcessor signedIn() {
            var principal = new MemberPrincipal(id, name, roles.stream().map(Role::name).collect(Collectors.toSet()),
                    null, true, false, false);
            if (principal.needsSecondFactor()) {
                principal = from.passSecondFactor(id, principal);
            }
            return as(principal);
        }

        /** Signed in with the password only: a staff member's session has not passed the second factor. */
        public RequestPostProcessor signedInWithoutSecondFactor() {
            return as(new MemberPrincipal(id, name, roles.stream().map(Role::name).collect(Collectors.toSet()),
                    null, true, false, false));
        }

        private static RequestPostProcessor as(MemberPrincipal principal) {
            return SecurityMockMvcRequestPostProcessors.authentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        }
    }

    public final class Builder {
        private String email = uniqueEmail("member");
        private String name = "Test Member";
        private final Set<Role> roles = EnumSet.of(Role.MEMBER);
        private boolean verified = true;

        public Builder withEmail(String email) {
            this.email = email;
            return this;
        }

        public Builder named(String name) {
            this.name = name;
            return this;
        }

        public Builder withRole(Role role) {
            roles.add(role);
            return this;
        }

        public Builder unverified() {
            verified = false;
            return this;
        }

        public Created create() {
            if (hash == null) {
                hash = passwords.encode(PASSWORD);
            }
            long id = jdbc.sql("""
                    insert into accounts.member (email, name, password_hash, profession, email_verified_at)
                    values (:email, :name, :hash, 'DOCTOR', :verified) returning id
                    """)
                    .param("email", email.toLowerCase()).param("name", name).param("hash", hash)
                    .param("verified", verified ? java.sql.Timestamp.from(Instant.now()) : null)
                    .query(Long.class).single();
            for (Role role : roles) {
                jdbc.sql("insert into accounts.member_role (member_id, role) values (:id, :role)")
                        .param("id", id).param("role", role.name()).update();
            }
            return new Created(id, email.toLowerCase(), name, PASSWORD, Set.copyOf(roles), Members.this);
        }
    }
}
