package org.ccionetwork.standards;

/**
 * The viewer may not change this provider's statuses: only its current verified CCIOs, moderators and
 * administrators may. The route's access rule refuses first; this is the service's own check behind it. Shown as 403.
 */
public final class StatusChangeNotAllowed extends RuntimeException {

    private StatusChangeNotAllowed(String message) {
        super(message, null, false, false);
    }

    public static StatusChangeNotAllowed at(String odsCode) {
        return new StatusChangeNotAllowed("Only a current CCIO of " + odsCode + " or a moderator may change its standards");
    }
}
