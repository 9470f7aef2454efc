package org.ccionetwork.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ccionetwork.shared.LocalPaths;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing in with a passkey, through Spring Security's WebAuthn filters: {@code POST /webauthn/authenticate/options}
 * gives the browser a challenge (with the member's own passkeys when a signed-in member uses one as their second
 * factor), and {@code POST /login/webauthn} checks the answer. The member it names must be able to sign in as
 * with a password (not suspended, email confirmed); the session then holds the same principal a password gives,
 * with its second factor passed, since a passkey verifies its user.
 */
@Component
class PasskeySignIn {

    static final String OPTIONS = "/webauthn/authenticate/options";
    static final String SIGN_IN = "/login/webauthn";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RelyingParty party;
    private final MemberRepository members;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasskeySignIn(RelyingParty party, MemberRepository members, SignInThrottle throttle, Clock clock) {
        this.party = party;
        this.members = members;
        this.throttle = throttle;
        this.clock = clock;
    }

    void configure(HttpSecurity http) {
        var signIn = new WebAuthnAuthenticationFilter();
        // Not an AuthenticationProvider bean: SignInProvider stays the one the form's manager finds.
        signIn.setAuthenticationManager(new ProviderManager(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return PasskeySignIn.this.authenticate((WebAuthnAuthenticationRequestToken) authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
            }
        }));
        signIn.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        signIn.setAuthenticationSuccessHandler(this::succeeded);
        signIn.setAuthenticationFailureHandler(PasskeySignIn::failed);
        http.addFilterBefore(new PublicKeyCredentialRequestOptionsFilter(party), AuthorizationFilter.class);
        http.addFilterBefore(signIn, AuthorizationFilter.class);
    }

    private Authentication authenticate(WebAuthnAuthenticationRequestToken authentication) {
        var request = authentication.getWebAuthnRequest();
        String name;
        try {
            name = party.authenticate(request).getName();
        } catch (org.springframework.dao.DataAccessException e) {
            throw e; // the database out of reach is the outage page (503), not a refused passkey
        } catch (RuntimeException e) {
            throw new BadCredentialsException("The passkey's answer could not be checked", e);
        }
        Instant now = clock.instant();
        Member member = (name != null && name.matches("\\d{1,18}") ? members.findById(Long.parseLong(name))
                : java.util.Optional.<Member>empty()).filter(found -> !found.deleted())
                .orElseThrow(() -> new BadCredentialsException("No member has this passkey"));
        if (member.suspendedAt(now)) {
            throw new LockedException("Suspended");
        }
        if (!member.verified()) {
            throw new DisabledException("Email not confirmed");
        }
        if (member.email() != null) {
            throttle.recordSuccess(member.email());
        }
        var principal = MemberPrincipal.of(member, now).withSecondFactor();
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The page to go to next, for the script to follow: {@code next}, else the page that asked for a sign-in, else home. */
    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        SignedInSessions.remember(request, "passkey");
        var cache = new HttpSessionRequestCache();
        var saved = cache.getRequest(request, response);
        String target = LocalPaths.safe(request.getParameter("next")).orElse(saved != null ? saved.getRedirectUrl() : "/");
        cache.removeRequest(request, response);
        write(response, 200, ordered("authenticated", true, "redirectUrl", target));
    }

    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = switch (exception) {
            case LockedException l -> "suspended";
            case DisabledException d -> "unverified";
            default -> "passkey";
        };
        write(response, 401, ordered("authenticated", false, "error", reason));
    }

    private static Map<String, Object> ordered(String key, Object value, String otherKey, Object otherValue) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put(key, value);
        body.put(otherKey, otherValue);
        return body;
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
