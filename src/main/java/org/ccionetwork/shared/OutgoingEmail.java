package org.ccionetwork.shared;

import java.util.Objects;

/**
 * An email to send: plain text, with at most one attachment (an iCalendar invitation, say).
 */
public record OutgoingEmail(String to, String subject, String body, Attachment attachment) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public OutgoingEmail(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
