package org.ccionetwork.shared;

/**
 * Static files: where they are served, and the addresses of the front-end libraries from WebJars (the versions
 * match the pom; a test checks). Static files are the same for everyone, so neither the security chain nor
 * Spring MVC looks at the session for them.
 */
public final class Assets {

    /** The paths of static files, as path patterns. */
    public static final String[] STATIC_FILES = {"/assets/**", "/webjars/**", "/favicon.ico", "/robots.txt"};

    public static final String BOOTSTRAP_CSS = "/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css";
    public static final String HTMX_JS = "/webjars/htmx.org/2.0.7/dist/htmx.min.js";
    public static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private Assets() {
    }

    /** Whether a request path (without the context path) is one of {@link #STATIC_FILES}. */
    public static boolean isStaticFile(String path) {
        for (String pattern : STATIC_FILES) {
            if (pattern.endsWith("/**") ? path.startsWith(pattern.substring(0, pattern.length() - 2))
                    : path.equals(pattern)) {
                return true;
            }
        }
        return false;
    }
}
