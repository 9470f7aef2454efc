package org.ccionetwork.accounts;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs a member in by email and password. The order matters: the throttle first (so a refusal is the same
 * whether the account exists), then the password (hashed even for unknown addresses, so timing reveals
 * nothing), and only then what the account's state says.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final String dummyHash;

    SignInProvider(MemberRepository members, PasswordEncoder passwords, SignInThrottle throttle, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = passwords.encode("a password nobody has, for timing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (email.length() > 254 || password.length() > PasswordPolicy.MAX_LENGTH) {
            throw new BadCredentialsException("Bad credentials");
        }
        if (throttle.blocked(email, address)) {
            throw new SignInThrottled();
        }
        var member = members.findByEmail(email).filter(m -> !m.deleted() && m.passwordHash() != null);
        if (member.isEmpty()) {
            passwords.matches(password, dummyHash);
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!passwords.matches(password, member.get().passwordHash())) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Bad credentials");
        }
        Member found = member.get();
        if (found.suspendedAt(clock.instant())) {
            throw new LockedException("Suspended");
        }
        if (!found.verified()) {
            throw new DisabledException("Email not verified");
        }
        throttle.recordSuccess(email);
        MemberPrincipal principal = MemberPrincipal.of(found, clock.instant());
        principal.eraseCredentials();
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed tries for this address or client. */
    static final class SignInThrottled extends AuthenticationException {
        SignInThrottled() {
            super("Too many failed sign-ins");
        }
    }
}
