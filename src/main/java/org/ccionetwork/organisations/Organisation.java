package org.ccionetwork.organisations;

import java.time.Instant;

/** An organisation: an NHS provider from the register, or a body that partners or sponsors the network. */
public record Organisation(long id, OrganisationKind kind, String name, String slug, String odsCode, String sector,
        String region, String postcode, String website, String description, Partnership partnership,
        Instant retiredAt) {
}
