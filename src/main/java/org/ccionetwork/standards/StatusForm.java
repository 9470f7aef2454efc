package org.ccionetwork.standards;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccionetwork.shared.FormErrors;

/**
 * What a CCIO or moderator typed for one standard at their provider, kept as typed (dates too) so the form can
 * be shown again; {@link #check} gives the message beside each field.
 */
public record StatusForm(String status, String targetOn, String liveSince, String note, String evidenceUrl) {

    static final int MAX_NOTE = 500;

    public StatusForm {
        status = tidy(status);
        targetOn = tidy(targetOn);
        liveSince = tidy(liveSince);
        note = tidy(note);
        evidenceUrl = tidy(evidenceUrl);
    }

    public static StatusForm of(ProviderStatus current) {
        if (current == null) {
            return new StatusForm(AdoptionStatus.NOT_KNOWN.name(), "", "", "", "");
        }
        return new StatusForm(current.status().name(), text(current.targetOn()), text(current.liveSince()),
                current.note() == null ? "" : current.note(), current.evidenceUrl() == null ? "" : current.evidenceUrl());
    }

    /** The checked values, or the messages; {@code today} is in Europe/London. */
    FormErrors check(LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        AdoptionStatus chosen = AdoptionStatus.parse(status);
        if (chosen == null) {
            errors.put("status", "Choose where your organisation stands with this standard");
        }
        if (chosen == AdoptionStatus.LIVE) {
            LocalDate since = date(liveSince);
            if (liveSince.isEmpty()) {
                errors.put("liveSince", "Enter the date it went live");
            } else if (since == null) {
                errors.put("liveSince", "Enter the date it went live as a real date, such as 2026-03-31");
            } else if (since.isAfter(today)) {
                errors.put("liveSince", "The date it went live cannot be in the future: choose planned or in progress instead");
            }
        }
        if (chosen == AdoptionStatus.PLANNED) {
            LocalDate target = date(targetOn);
            if (targetOn.isEmpty()) {
                errors.put("targetOn", "Enter the target date of the plan");
            } else if (target == null) {
                errors.put("targetOn", "Enter the target date as a real date, such as 2027-03-31");
            } else if (target.isBefore(today)) {
                errors.put("targetOn", "The target date has passed: enter a new date, or choose another status");
            }
        }
        if (note.length() > MAX_NOTE) {
            errors.put("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        if (!evidenceUrl.isEmpty() && !webAddress(evidenceUrl)) {
            errors.put("evidenceUrl", "Enter a web address starting with http:// or https://");
        }
        return new FormErrors(errors);
    }

    AdoptionStatus chosen() {
        return AdoptionStatus.parse(status);
    }

    /** Only the date that goes with the status is kept. */
    LocalDate targetDate() {
        return chosen() == AdoptionStatus.PLANNED ? date(targetOn) : null;
    }

    LocalDate liveDate() {
        return chosen() == AdoptionStatus.LIVE ? date(liveSince) : null;
    }

    String noteOrNull() {
        return note.isEmpty() ? null : note;
    }

    String evidenceOrNull() {
        return evidenceUrl.isEmpty() ? null : evidenceUrl;
    }

    /** An absolute http or https address with a host, at most 500 characters. */
    static boolean webAddress(String value) {
        if (value == null || value.length() > 500 || !(value.startsWith("https://") || value.startsWith("http://"))) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String tidy(String value) {
        return value == null ? "" : value.strip();
    }
}
