package org.ccionetwork.campaign;

/** No backing of the campaign has the id asked for. */
public final class BackerNotFound extends RuntimeException {

    private BackerNotFound(String message) {
        super(message, null, false, false);
    }

    public static BackerNotFound forId(long id) {
        return new BackerNotFound("No backer #" + id);
    }
}
