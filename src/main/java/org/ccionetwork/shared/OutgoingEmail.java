package org.ccionetwork.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An email to send: plain text, with at most one attachment (an iCalendar invitation, say), and optionally a few
 * extra headers from {@link #ALLOWED_HEADERS}, such as {@code List-Unsubscribe} for a mailing.
 *
 * <p>Header values must be printable US-ASCII on one line: a carriage return or line feed would let a value
 * inject headers of its own, so the constructor refuses it.
 */
public record OutgoingEmail(String to, String subject, String body, Attachment attachment, Map<String, String> headers) {

    /** The extra headers an email may carry, in their canonical spelling (RFC 2369, RFC 2919, RFC 8058, RFC 3834). */
    public static final List<String> ALLOWED_HEADERS = List.of("List-Id", "List-Unsubscribe", "List-Unsubscribe-Post",
            "List-Help", "Auto-Submitted");

    /** Well under the 998 characters RFC 5322 allows on a line, name included. */
    static final int MAX_HEADER_VALUE = 900;

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        headers = checked(headers);
    }

    public OutgoingEmail(String to, String subject, String body, Attachment attachment) {
        this(to, subject, body, attachment, Map.of());
    }

    public OutgoingEmail(String to, String subject, String body) {
        this(to, subject, body, null, Map.of());
    }

    /** This email with one more header (replacing one of the same name). */
    public OutgoingEmail withHeader(String name, String value) {
        var more = new LinkedHashMap<>(headers);
        more.put(canonical(name), value);
        return new OutgoingEmail(to, subject, body, attachment, more);
    }

    /**
     * The headers that make an email a mailing its recipient can leave in one click (RFC 2369 and RFC 8058): the
     * link must be absolute HTTPS or HTTP, and a POST to it with {@code List-Unsubscribe=One-Click} must
     * unsubscribe without a session or CSRF token.
     */
    public OutgoingEmail withOneClickUnsubscribe(String unsubscribeUrl) {
        if (!unsubscribeUrl.startsWith("https://") && !unsubscribeUrl.startsWith("http://")) {
            throw new IllegalArgumentException("The unsubscribe link must be an absolute web address");
        }
        return withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static Map<String, String> checked(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return Map.of();
        }
        var copy = new LinkedHashMap<String, String>();
        headers.forEach((name, value) -> {
            String canonical = canonical(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The header " + canonical + " has no value");
            }
            if (value.length() > MAX_HEADER_VALUE) {
                throw new IllegalArgumentException("The header " + canonical + " is too long");
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\r' || c == '\n') {
                    throw new IllegalArgumentException("The header " + canonical + " contains a line break");
                }
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException("The header " + canonical + " must be printable US-ASCII");
                }
            }
            copy.put(canonical, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    private static String canonical(String name) {
        if (name != null) {
            for (String allowed : ALLOWED_HEADERS) {
                if (allowed.toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))) {
                    return allowed;
                }
            }
        }
        throw new IllegalArgumentException("The header " + name + " may not be set on an email");
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
