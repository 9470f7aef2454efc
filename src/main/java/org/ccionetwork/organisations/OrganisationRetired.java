package org.ccionetwork.organisations;

/** The organisation has closed or merged, so no new appointment can be claimed at it. */
public final class OrganisationRetired extends RuntimeException {

    private OrganisationRetired(String message) {
        super(message, null, false, false);
    }

    public static OrganisationRetired forOdsCode(String odsCode) {
        return new OrganisationRetired("The organisation " + odsCode + " is retired");
    }
}
