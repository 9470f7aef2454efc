package org.ccionetwork.organisations;

/** No current organisation answers to the address asked for. */
public final class OrganisationNotFound extends RuntimeException {

    private OrganisationNotFound(String message) {
        super(message, null, false, false);
    }

    public static OrganisationNotFound forOdsCode(String odsCode) {
        return new OrganisationNotFound("No NHS provider " + odsCode);
    }

    public static OrganisationNotFound forPartnerSlug(String slug) {
        return new OrganisationNotFound("No partner " + slug);
    }
}
