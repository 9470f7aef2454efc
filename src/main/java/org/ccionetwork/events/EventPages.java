package org.ccionetwork.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.topics.Topic;

/** The records behind the events templates, one per page. */
public final class EventPages {

    private EventPages() {
    }

    public record Option(String value, String label) {
    }

    public record ListPage(PageOf<Event> events, Map<Long, List<Topic>> topics, List<Topic> allTopics,
            List<String> sectors, List<Option> months, String topic, String sector, String month, boolean past,
            String baseUrl) {

        public List<Topic> topicsOf(Event event) {
            return topics.getOrDefault(event.id(), List.of());
        }
    }

    public record EventPage(Event event, List<Topic> topics, List<Speaker> speakers, List<Organisation> sponsors,
            Registration mine, List<Material> materials, boolean signedIn, boolean registrationOpen, boolean over,
            boolean editor) {

        /** Slides and notes, as links and files, once the event is over. */
        public boolean showMaterials() {
            return over && (event.slidesUrl() != null || event.notesUrl() != null || !materials.isEmpty());
        }

        /** The online link is for people with a confirmed place, and for editors. */
        public boolean showOnlineLink() {
            return event.online() && ((mine != null && mine.confirmed()) || editor);
        }
    }

    public record MaterialsPage(Event event, List<Material> materials, MaterialForm form, FormErrors errors,
            List<MaterialKind> kinds, long maxMegabytes) {
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

    public record AdminListPage(PageOf<Event> events) {
    }

    public record FormPage(Event event, EventForm form, FormErrors errors, List<Topic> topics,
            List<Organisation> sponsors, List<String> sectors, List<EventStatus> statuses) {

        public boolean creating() {
            return event == null;
        }

        public String action() {
            return event == null ? "/admin/events" : "/admin/events/" + event.slug();
        }
    }

    public record AttendeesPage(Event event, Attendees attendees, String q, Integer capacity,
            FormErrors errors, List<FeedbackRow> feedback) {

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
