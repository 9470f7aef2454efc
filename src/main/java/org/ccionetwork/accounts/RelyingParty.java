package org.ccionetwork.accounts;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.ccionetwork.shared.CcioProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The platform as a WebAuthn relying party, through Spring Security's webauthn4j operations and its JDBC
 * repositories. The relying party is the host of {@code ccio.base-url}, and browsers' answers must come from that
 * address. On a laptop ({@code localhost}) any port is accepted too, so the site and the tests work on whatever
 * port they were given.
 *
 * <p>Every passkey must verify its user (a fingerprint, a face or a PIN) as well as being present: a passkey is
 * then something the member has and something they are or know, so it counts as a second factor for staff.
 */
@Component
class RelyingParty implements WebAuthnRelyingPartyOperations {

    private final JdbcPublicKeyCredentialUserEntityRepository userEntities;
    private final JdbcUserCredentialRepository credentials;
    private final PublicKeyCredentialRpEntity party;
    private final String origin;
    private final boolean local;
    private final Map<String, Webauthn4JRelyingPartyOperations> byOrigin = new ConcurrentHashMap<>();

    RelyingParty(JdbcTemplate jdbc, CcioProperties site) {
        this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
        this.credentials = new JdbcUserCredentialRepository(jdbc);
        URI base = site.baseUrl();
        this.party = PublicKeyCredentialRpEntity.builder().id(base.getHost()).name("CCIO Network").build();
        this.origin = origin(base.getScheme(), base.getHost(), base.getPort());
        this.local = "localhost".equals(base.getHost());
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    PublicKeyCredentialRpEntity party() {
        return party;
    }

    /** What a new passkey must do: be discoverable (so no email is typed) and verify its user. */
    static AuthenticatorSelectionCriteria selection() {
        return AuthenticatorSelectionCriteria.builder().residentKey(ResidentKeyRequirement.REQUIRED)
                .userVerification(UserVerificationRequirement.REQUIRED).build();
    }

    private Webauthn4JRelyingPartyOperations operations() {
        String allowed = origin;
        if (local && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            if ("localhost".equals(request.getServerName())) {
                allowed = origin(request.getScheme(), request.getServerName(), request.getServerPort());
            }
        }
        return byOrigin.computeIfAbsent(allowed, this::operationsFor);
    }

    private Webauthn4JRelyingPartyOperations operationsFor(String allowedOrigin) {
        var operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials, party, Set.of(allowedOrigin));
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(selection()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    private static String origin(String scheme, String host, int port) {
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
