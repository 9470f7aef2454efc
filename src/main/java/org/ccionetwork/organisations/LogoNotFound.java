package org.ccionetwork.organisations;

/** The partner has no logo that can be shown. */
public final class LogoNotFound extends RuntimeException {

    private LogoNotFound(String message) {
        super(message, null, false, false);
    }

    public static LogoNotFound forPartner(String slug) {
        return new LogoNotFound("No logo for partner " + slug);
    }
}
