package org.ccionetwork.shared;

/**
 * What the layout needs on every page: who is looking, the CSRF token for forms and htmx, a flash message
 * after a redirect, and the current path for the navigation.
 *
 * @param viewer the signed-in member, or {@code null} for a visitor
 * @param csrf the token for state-changing requests, or {@code null} where none applies
 * @param flash a one-off confirmation message, or {@code null}
 * @param path the request path
 * @param headerItems the modules' items in the account bar, for a signed-in viewer
 */
public record Site(Viewer viewer, Csrf csrf, String flash, String path, HeaderItems headerItems) {

    public Site {
        headerItems = headerItems == null ? new HeaderItems(java.util.List::of) : headerItems;
    }

    /**
     * The account bar's items, made only when the layout writes them: a JSON answer or an htmx fragment then
     * costs no query for, say, the unread notifications count.
     */
    public static final class HeaderItems implements Iterable<gg.jte.Content> {

        private final java.util.function.Supplier<java.util.List<gg.jte.Content>> items;
        private java.util.List<gg.jte.Content> made;

        public HeaderItems(java.util.function.Supplier<java.util.List<gg.jte.Content>> items) {
            this.items = items;
        }

        @Override
        public java.util.Iterator<gg.jte.Content> iterator() {
            if (made == null) {
                made = java.util.List.copyOf(items.get());
            }
            return made.iterator();
        }
    }

    /**
     * The CSRF token, fetched only when a template writes it: asking for it stores it in the session, and a
     * visitor reading pages without forms should not get a session (a row in PostgreSQL) at all.
     */
    public static final class Csrf {

        private final java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> token;

        public Csrf(java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> token) {
            this.token = token;
        }

        public String parameterName() {
            return token.get().getParameterName();
        }

        public String headerName() {
            return token.get().getHeaderName();
        }

        public String token() {
            return token.get().getToken();
        }

        /** The value of {@code hx-headers}, so htmx sends the token with every request. */
        public String htmxHeaders() {
            return "{\"" + headerName() + "\": \"" + token() + "\"}";
        }
    }

    public boolean signedIn() {
        return viewer != null;
    }

    /** The header's sign-in link, which brings the visitor back to this page afterwards. */
    public String signInHref() {
        return LocalPaths.signInFrom(path);
    }

    public boolean isCurrent(String prefix) {
        return path != null && (path.equals(prefix) || (!prefix.equals("/") && path.startsWith(prefix + "/")));
    }
}
