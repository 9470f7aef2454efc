package org.ccionetwork.shared;

/** Addresses of the front-end libraries served from WebJars; the versions match the pom (a test checks). */
public final class Assets {

    public static final String BOOTSTRAP_CSS = "/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css";
    public static final String HTMX_JS = "/webjars/htmx.org/2.0.7/dist/htmx.min.js";
    public static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";

    private Assets() {
    }
}
