package org.ccionetwork.accounts;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * What the platform needs to know about each OpenID Connect provider beyond Spring Boot's own
 * {@code spring.security.oauth2.client.registration.<id>.*} settings, under the same id:
 * {@code ccio.accounts.providers.<id>.*}.
 *
 * @param providers the settings by registration id
 */
@ConfigurationProperties("ccio.accounts")
record SingleSignOnProperties(Map<String, Provider> providers) {

    SingleSignOnProperties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    Provider of(String registrationId) {
        return providers.getOrDefault(registrationId, Provider.NONE);
    }

    /**
     * @param organisationClaim where the provider puts organisation codes, as a dotted path through the claims
     *        (lists are walked), such as {@code nhsid_nrbac_roles.org_code} for CIS2; empty for none
     * @param emailsVerified the provider's email addresses are verified even without an {@code email_verified}
     *        claim (Entra ID sends none; an NHSmail address is issued by the NHS)
     * @param multiFactor the provider always authenticates with more than one factor
     * @param privateKey for {@code private_key_jwt} client authentication: the PEM (PKCS #8) RSA private key
     * @param keyId the {@code kid} under which the provider knows the public half of {@code privateKey}
     */
    record Provider(@DefaultValue("") String organisationClaim, @DefaultValue("false") boolean emailsVerified,
            @DefaultValue("false") boolean multiFactor, Resource privateKey, @DefaultValue("") String keyId) {

        static final Provider NONE = new Provider("", false, false, null, "");
    }
}
