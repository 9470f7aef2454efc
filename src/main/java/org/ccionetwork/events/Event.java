package org.ccionetwork.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.ccionetwork.shared.Dates;

/**
 * An event of the programme, as stored. {@code confirmed} is the number of confirmed places when the row was
 * read; it is only authoritative while the event row is locked.
 */
public record Event(long id, String slug, String title, String summaryMarkdown, String summaryHtml, String sector,
        Instant startsAt, Instant endsAt, String venue, String onlineLink, int capacity, Instant registrationOpensAt,
        Instant registrationClosesAt, EventStatus status, Long seriesId, String seriesName, BigDecimal cpdHours,
        String slidesUrl, String notesUrl, int sequence, int confirmed, int waiting) {

    public int placesLeft() {
        return Math.max(0, capacity - confirmed);
    }

    public boolean full() {
        return placesLeft() == 0;
    }

    public boolean published() {
        return status == EventStatus.PUBLISHED;
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean over(Instant now) {
        return !endsAt.isAfter(now);
    }

    public boolean started(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Whether a member may register now: published, not started, and within the registration window. */
    public boolean registrationOpen(Instant now) {
        return published() && !started(now)
                && (registrationOpensAt == null || !registrationOpensAt.isAfter(now))
                && (registrationClosesAt == null || registrationClosesAt.isAfter(now));
    }

    public boolean online() {
        return onlineLink != null && !onlineLink.isBlank();
    }

    /** "12 places left", "1 place left" or "Full — join the waiting list". */
    public String placesText() {
        int left = placesLeft();
        if (left == 0) {
            return "Full — join the waiting list";
        }
        return left == 1 ? "1 place left" : left + " places left";
    }

    /**
     * What the programme says about places: how many are left while registration is open, otherwise when it
     * opens or that it has closed (never "places left" beside a closed registration).
     */
    public String availability(Instant now) {
        if (registrationOpen(now)) {
            return placesText();
        }
        if (registrationOpensAt != null && registrationOpensAt.isAfter(now) && published()) {
            return "Registration opens on " + Dates.dateTime(registrationOpensAt).replace(", ", " at ");
        }
        if (cancelled()) {
            return "Cancelled";
        }
        return published() ? "Registration has closed" : "Not open for registration";
    }

    /** "25 November 2026, 18:00 to 20:00", or both dates when it runs over several days. */
    public String when() {
        String start = Dates.dateTime(startsAt);
        String startDay = Dates.date(startsAt);
        if (startDay.equals(Dates.date(endsAt))) {
            return start + " to " + Dates.dateTime(endsAt).substring(startDay.length() + 2);
        }
        return start + " to " + Dates.dateTime(endsAt);
    }

    public String where() {
        if (venue != null && !venue.isBlank()) {
            return online() ? venue + " and online" : venue;
        }
        return online() ? "Online" : "To be announced";
    }

    public String cpdText() {
        return cpdHours == null ? "0" : cpdHours.stripTrailingZeros().toPlainString();
    }
}
