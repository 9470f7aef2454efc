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
public record Site(Viewer viewer, Csrf csrf, String flash, String path, java.util.List<gg.jte.Content> headerItems) {

    public Site {
        headerItems = headerItems == null ? java.util.List.of() : java.util.List.copyOf(headerItems);
    }

    public Site(Viewer viewer, Csrf csrf, String flash, String path) {
        this(viewer, csrf, flash, path, java.util.List.of());
    }

    public record Csrf(String parameterName, String headerName, String token) {

        /** The value of {@code hx-headers}, so htmx sends the token with every request. */
        public String htmxHeaders() {
            return "{\"" + headerName + "\": \"" + token + "\"}";
        }
    }

    public boolean signedIn() {
        return viewer != null;
    }

    public boolean isCurrent(String prefix) {
        return path != null && (path.equals(prefix) || (!prefix.equals("/") && path.startsWith(prefix + "/")));
    }
}
