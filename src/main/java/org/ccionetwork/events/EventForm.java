package org.ccionetwork.events;

import org.ccionetwork.topics.Topic;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Markdown;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The editor's event form. Times are typed as UK local time. Speakers are one per line:
 * {@code Name | Role | Organisation}.
 */
public record EventForm(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "Title must be 200 characters or fewer") String title,
        @Size(max = 20000, message = "Summary must be 20,000 characters or fewer") String summary,
        List<String> topics,
        @NotBlank(message = "Choose a sector") String sector,
        @NotNull(message = "Enter when the event starts") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
        @NotNull(message = "Enter when the event ends") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
        @Size(max = 300, message = "Venue must be 300 characters or fewer") String venue,
        @Size(max = 500, message = "Online link must be 500 characters or fewer")
        @Pattern(regexp = "^$|^https://\\S+$", message = "Enter an online link starting with https://") String onlineLink,
        @NotNull(message = "Enter the number of places") @Min(value = 1, message = "There must be at least 1 place")
        @Max(value = 100000, message = "There can be at most 100,000 places") Integer capacity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationOpensAt,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationClosesAt,
        @NotNull(message = "Choose a status") EventStatus status,
        @Size(max = 100, message = "Series must be 100 characters or fewer") String series,
        @NotNull(message = "Enter the CPD hours (0 if none)") @DecimalMin(value = "0", message = "CPD hours cannot be negative")
        @DecimalMax(value = "99.5", message = "CPD hours must be less than 100") BigDecimal cpdHours,
        @Size(max = 500, message = "Slides link must be 500 characters or fewer")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a slides link starting with https://") String slidesUrl,
        @Size(max = 500, message = "Notes link must be 500 characters or fewer")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter a notes link starting with https://") String notesUrl,
        @Size(max = 5000, message = "Speakers must be 5,000 characters or fewer") String speakers,
        List<Long> sponsors) {

    public static EventForm empty() {
        return new EventForm("", "", List.of(), "All sectors", null, null, "", "", 50, null, null, EventStatus.DRAFT, "",
                BigDecimal.ZERO, "", "", "", List.of());
    }

    static EventForm of(Event event, List<Topic> topics, List<Speaker> speakers, List<Long> sponsors) {
        StringBuilder lines = new StringBuilder();
        for (Speaker speaker : speakers) {
            lines.append(speaker.name()).append(" | ").append(nz(speaker.role())).append(" | ")
                    .append(nz(speaker.organisation())).append('\n');
        }
        return new EventForm(event.title(), event.summaryMarkdown(), topics.stream().map(Topic::slug).toList(),
                event.sector(), local(event.startsAt()), local(event.endsAt()), nz(event.venue()), nz(event.onlineLink()),
                event.capacity(), local(event.registrationOpensAt()), local(event.registrationClosesAt()), event.status(),
                nz(event.seriesName()), event.cpdHours(), nz(event.slidesUrl()), nz(event.notesUrl()), lines.toString(),
                sponsors);
    }

    /** Checks that need more than one field, adding errors to the result. */
    void checkTogether(BindingResult result) {
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            result.rejectValue("endsAt", "order", "The end must be after the start");
        }
        if (registrationOpensAt != null && registrationClosesAt != null && !registrationClosesAt.isAfter(registrationOpensAt)) {
            result.rejectValue("registrationClosesAt", "order", "Registration must close after it opens");
        }
        if (sector != null && !sector.isBlank() && !EventService.SECTORS.contains(sector)) {
            result.rejectValue("sector", "unknown", "Choose a sector from the list");
        }
        if (speakers != null) {
            for (String line : speakers.split("\\R")) {
                if (!line.isBlank() && (line.split("\\|")[0].isBlank() || line.length() > 400)) {
                    result.rejectValue("speakers", "format", "Write each speaker as Name | Role | Organisation, one per line");
                    break;
                }
            }
        }
    }

    EventCommand toCommand(Markdown markdown) {
        String md = summary == null ? "" : summary.strip();
        return new EventCommand(title.strip(), md, markdown.toHtml(md), sector, london(startsAt), london(endsAt),
                blankToNull(venue), blankToNull(onlineLink), capacity, london(registrationOpensAt),
                london(registrationClosesAt), status, blankToNull(series), cpdHours, blankToNull(slidesUrl),
                blankToNull(notesUrl), topics == null ? List.of() : topics, parseSpeakers(),
                sponsors == null ? List.of() : sponsors);
    }

    private List<Speaker> parseSpeakers() {
        List<Speaker> list = new ArrayList<>();
        if (speakers == null) {
            return list;
        }
        for (String line : speakers.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            list.add(new Speaker(parts[0].strip(), parts.length > 1 ? blankToNull(parts[1]) : null,
                    parts.length > 2 ? blankToNull(parts[2]) : null));
        }
        return list;
    }

    public boolean hasSponsor(long id) {
        return sponsors != null && sponsors.contains(id);
    }

    public static String value(LocalDateTime time) {
        return time == null ? null : time.toString();
    }

    private static java.time.Instant london(LocalDateTime time) {
        return time == null ? null : time.atZone(Dates.LONDON).toInstant();
    }

    private static LocalDateTime local(java.time.Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Dates.LONDON);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
