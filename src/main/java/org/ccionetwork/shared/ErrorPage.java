package org.ccionetwork.shared;

/** What the error page says. */
public record ErrorPage(int status, String title, String message) {
}
