package org.ccionetwork.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in the UK read them: {@code 25 November 2026}, {@code 17:05}, Europe/London. */
public final class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private Dates() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LONDON));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LONDON));
    }
}
