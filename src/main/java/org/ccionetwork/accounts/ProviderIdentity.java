package org.ccionetwork.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A person as an OpenID Connect provider asserted them at one sign-in: who they are there (issuer and
 * subject, the only key we trust), the email and whether the provider verified it, the name, and the
 * organisation codes the configured claim carried. Kept in the session while a member proves an existing
 * account is theirs, hence serialisable.
 */
record ProviderIdentity(String provider, String providerName, String issuer, String subject, String email,
        boolean emailVerified, String name, List<String> organisationCodes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    ProviderIdentity {
        organisationCodes = List.copyOf(organisationCodes);
    }

    boolean hasVerifiedEmail() {
        return emailVerified && email != null && !email.isBlank() && email.length() <= 254 && email.contains("@");
    }
}
