package org.ccionetwork.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Finds the current viewer from the security context. */
public final class Viewers {

    private Viewers() {
    }

    public static Optional<Viewer> current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Viewer> from(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof Viewer.Source source) {
            return Optional.of(source.viewer());
        }
        return Optional.empty();
    }
}
