package org.ccionetwork.admin;

/** A role was asked for that the network does not have. */
public final class RoleNotKnown extends RuntimeException {

    private RoleNotKnown(String message) {
        super(message, null, false, false);
    }

    public static RoleNotKnown named(String role) {
        return new RoleNotKnown("No role " + role);
    }
}
