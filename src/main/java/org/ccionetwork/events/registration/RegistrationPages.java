package org.ccionetwork.events.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.Event;
import org.ccionetwork.shared.FormErrors;

/** The records behind the templates of places: the member's events, CPD, feedback and the attendee list. */
public final class RegistrationPages {

    private RegistrationPages() {
    }

    public record MyEvent(Event event, Registration registration) {
    }

    /**
     * {@code feedCreatedAt} is when the member's private feed address was made (null: none); {@code newFeedUrl}
     * is that address, present only on the page that made it, since only its hash is kept.
     */
    public record MyEventsPage(List<MyEvent> upcoming, List<MyEvent> past, Instant feedCreatedAt, String newFeedUrl) {

        public boolean hasFeed() {
            return feedCreatedAt != null;
        }
    }

    public record CpdPage(List<CpdRow> rows, BigDecimal totalHours) {
        public String total() {
            return totalHours.stripTrailingZeros().toPlainString();
        }
    }

    public record FeedbackPage(Event event, Integer rating, String comments, FormErrors errors) {
    }

    /**
     * {@code changed} is the registration just checked in (or undone), whose button takes the focus again, and
     * {@code announced} what the status region says about it; both null on a plain visit.
     */
    public record AttendeesPage(Event event, Attendees attendees, String q, Integer capacity,
            FormErrors errors, List<FeedbackRow> feedback, Long changed, String announced) {

        public AttendeesPage(Event event, Attendees attendees, String q, Integer capacity, FormErrors errors,
                List<FeedbackRow> feedback) {
            this(event, attendees, q, capacity, errors, feedback, null, null);
        }

        public boolean changed(long registrationId) {
            return changed != null && changed == registrationId;
        }

        public String averageRating() {
            return feedback.isEmpty() ? "–" : String.format("%.1f", feedback.stream().mapToInt(FeedbackRow::rating).average().orElse(0));
        }
    }

    /** A line of a member's CPD log: an event they were checked in at. */
    public record CpdRow(String slug, String title, Instant startsAt, Instant endsAt, BigDecimal hours,
            Instant checkedInAt) {
        public String hoursText() {
            return hours == null ? "0" : hours.stripTrailingZeros().toPlainString();
        }
    }

    public record FeedbackRow(int rating, String comments, Instant givenAt) {
    }

    public record Attendee(Registration registration, MemberSummary member) {
        public String name() {
            return member == null ? "Former member" : member.name();
        }

        public String email() {
            return member == null || member.email() == null ? "" : member.email();
        }

        public String organisation() {
            return member == null || member.organisation() == null ? "" : member.organisation();
        }
    }

    public record Attendees(List<Attendee> rows, long confirmed, long waiting, long checkedIn, boolean over) {
        /** Checked in as a share of confirmed places, such as "84%". */
        public String attendanceRate() {
            return confirmed == 0 ? "–" : Math.round(100.0 * checkedIn / confirmed) + "%";
        }
    }
}
