package org.ccionetwork.accounts;

import java.time.Instant;
import java.util.List;

/** A provider sign-in linked to a member: they sign in with it next time, found by issuer and subject. */
record LinkedIdentity(long id, long memberId, String provider, String issuer, String subject, String email,
        List<String> organisationCodes, Instant linkedAt, Instant lastUsedAt) {

    LinkedIdentity {
        organisationCodes = List.copyOf(organisationCodes);
    }
}
