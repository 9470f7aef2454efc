package org.ccionetwork.standards;

/** No standard at that address (or, for a new status, one that is retired). Shown as the 404 page. */
public final class StandardNotFound extends RuntimeException {

    private StandardNotFound(String message) {
        super(message, null, false, false);
    }

    public static StandardNotFound forSlug(String slug) {
        return new StandardNotFound("No standard " + slug);
    }
}
