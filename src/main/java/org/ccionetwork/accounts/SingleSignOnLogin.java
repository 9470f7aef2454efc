package org.ccionetwork.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the configured OpenID Connect providers, by Spring Security's OAuth2 client: authorisation
 * code with PKCE, state and nonce all checked there. What the sign-in means (a member, a link to prove, a
 * refusal) is {@link SingleSignOn}'s; this class turns it into the session's {@link MemberPrincipal}, so
 * every page sees the member the same way whichever way they signed in. Tokens from the provider are not
 * kept: the platform calls none of its APIs.
 */
@Component
class SingleSignOnLogin {

    static final String PENDING_LINK = "ccio.signIn.pendingLink";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOnLogin.class);

    /** A provider sign-in waiting for the member to prove the account with this email is theirs. */
    record PendingLink(long memberId, boolean hasPassword, ProviderIdentity identity) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SingleSignOn signOn;
    private final SignInProviders providers;
    private final SingleSignOnProperties properties;
    private final Clock clock;

    SingleSignOnLogin(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOn signOn,
            SignInProviders providers, SingleSignOnProperties properties, Clock clock) {
        this.registrations = registrations;
        this.signOn = signOn;
        this.providers = providers;
        this.properties = properties;
        this.clock = clock;
    }

    /** Adds OpenID Connect sign-in to the chain when at least one provider is configured. */
    void configure(HttpSecurity http) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || !providers.any()) {
            return;
        }
        var requests = new DefaultOAuth2AuthorizationRequestResolver(repository, "/oauth2/authorization");
        // PKCE for confidential clients too (Spring Security adds it by itself only for public ones).
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(this::clientKey));
        http.oauth2Login(login -> login.loginPage("/sign-in")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokens))
                .authorizedClientRepository(new ForgottenClients())
                .successHandler(this::succeeded)
                .failureHandler(this::failed));
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        var token = (OAuth2AuthenticationToken) authentication;
        var identity = identityOf(token.getAuthorizedClientRegistrationId(), (OidcUser) token.getPrincipal());
        switch (signOn.signIn(identity)) {
            case SingleSignOn.Outcome.SignedIn signedIn -> {
                var principal = MemberPrincipal.of(signedIn.member(), clock.instant());
                if (properties.of(identity.provider()).multiFactor()) {
                    // The operator vouches that this provider always asks for more than one factor.
                    principal = principal.withSecondFactor();
                }
                var member = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
                member.setDetails(new WebAuthenticationDetails(request));
                save(member, request, response);
                SignedInSessions.remember(request, identity.providerName());
                var next = new SavedRequestAwareAuthenticationSuccessHandler();
                next.setDefaultTargetUrl(signedIn.created() ? "/account?welcome" : "/");
                next.onAuthenticationSuccess(request, response, member);
            }
            case SingleSignOn.Outcome.NeedsProof proof -> {
                save(null, request, response);
                request.getSession().setAttribute(PENDING_LINK,
                        new PendingLink(proof.member().id(), proof.member().passwordHash() != null, identity));
                response.sendRedirect(request.getContextPath() + "/sign-in/link");
            }
            case SingleSignOn.Outcome.Refused refused -> {
                save(null, request, response);
                response.sendRedirect(request.getContextPath() + "/sign-in?error=" + refused.reason());
            }
        }
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        log.warn("Sign-in through a provider failed: {} ({})", code, exception.getMessage());
        String reason = switch (code) {
            case "access_denied", "login_required", "consent_required", "interaction_required" -> "provider-denied";
            case "authorization_request_not_found", "invalid_state_parameter", "client_registration_not_found" -> "provider-state";
            default -> "provider-failed";
        };
        response.sendRedirect(request.getContextPath() + "/sign-in?error=" + reason);
    }

    private ProviderIdentity identityOf(String registrationId, OidcUser user) {
        var settings = properties.of(registrationId);
        String name = user.getFullName();
        if ((name == null || name.isBlank()) && user.getGivenName() != null) {
            name = (user.getGivenName() + " " + (user.getFamilyName() == null ? "" : user.getFamilyName())).strip();
        }
        boolean verified = Boolean.TRUE.equals(user.getEmailVerified()) || settings.emailsVerified();
        return new ProviderIdentity(registrationId, providers.nameOf(registrationId), user.getIdToken().getIssuer().toString(),
                user.getSubject(), user.getEmail(), verified, name,
                OrganisationClaim.codes(user.getClaims(), settings.organisationClaim()));
    }

    private static void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    /** The key that signs the client's assertion: RSA for {@code private_key_jwt}, the secret for {@code client_secret_jwt}. */
    private JWK clientKey(ClientRegistration registration) {
        if (ClientAuthenticationMethod.CLIENT_SECRET_JWT.equals(registration.getClientAuthenticationMethod())) {
            return new OctetSequenceKey.Builder(registration.getClientSecret().getBytes(StandardCharsets.UTF_8))
                    .keyID(registration.getRegistrationId()).build();
        }
        var settings = properties.of(registration.getRegistrationId());
        if (settings.privateKey() == null) {
            throw new IllegalStateException("ccio.accounts.providers." + registration.getRegistrationId()
                    + ".private-key is needed for private_key_jwt");
        }
        try (InputStream pem = settings.privateKey().getInputStream()) {
            var key = (RSAPrivateCrtKey) RsaKeyConverters.pkcs8().convert(pem);
            var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(key)
                    .keyID(settings.keyId().isBlank() ? null : settings.keyId()).build();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The private key of " + registration.getRegistrationId() + " cannot be read", e);
        }
    }
}
