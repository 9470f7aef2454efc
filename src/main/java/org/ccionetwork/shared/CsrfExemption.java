package org.ccionetwork.shared;

import java.util.Objects;

/**
 * A POST route that needs no CSRF token because the request carries its own proof: a signed token in the
 * address, which only the recipient of an email has. One-click unsubscribe (RFC 8058) needs this, since the
 * mail provider posts to the link without any session. A module declares one as a bean; the route must still
 * have an access rule, and it must check the token before changing anything.
 *
 * @param path the route's path pattern, such as {@code /news/newsletter/unsubscribe}
 */
public record CsrfExemption(String path) {

    public CsrfExemption {
        Objects.requireNonNull(path, "path");
    }
}
