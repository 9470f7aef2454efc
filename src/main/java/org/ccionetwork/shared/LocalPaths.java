package org.ccionetwork.shared;

import java.util.Optional;

/**
 * Where a visitor may be sent back to after signing in: a path on this site only, never an address that a
 * browser would read as another host ({@code //evil.example}, {@code /\evil.example}, {@code https://…}), so a
 * link carrying {@code ?next=} cannot be used as an open redirect.
 */
public final class LocalPaths {

    private static final int LONGEST = 2000;

    private LocalPaths() {
    }

    /** The path if it is safe to redirect to, otherwise empty. */
    public static Optional<String> safe(String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST || next.charAt(0) != '/') {
            return Optional.empty();
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return Optional.empty();
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers drop tabs and newlines and read a backslash as a slash; none belongs in our paths.
            if (c <= ' ' || c == '\\' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return Optional.empty();
            }
        }
        if (next.startsWith("/sign-in") || next.startsWith("/sign-out") || next.startsWith("/api/")) {
            return Optional.empty();
        }
        try {
            var uri = java.net.URI.create(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** The sign-in page's address that brings the visitor back to this path afterwards. */
    public static String signInFrom(String path) {
        var next = safe(path).filter(p -> !p.equals("/") && !p.startsWith("/sign-up") && !p.startsWith("/error"));
        return next.map(p -> "/sign-in?next=" + java.net.URLEncoder.encode(p, java.nio.charset.StandardCharsets.UTF_8))
                .orElse("/sign-in");
    }
}
