package org.ccionetwork.events;

import java.util.List;
import java.util.Map;

import org.ccionetwork.events.materials.Material;
import org.ccionetwork.events.registration.Registration;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.topics.Topic;

/** The records behind the programme's templates, one per page; registration and materials have their own. */
public final class EventPages {

    private EventPages() {
    }

    public record Option(String value, String label) {
    }

    public record ListPage(PageOf<Event> events, Map<Long, List<Topic>> topics, List<Topic> allTopics,
            List<String> sectors, List<Option> months, String topic, String sector, String month, boolean past,
            String baseUrl, java.time.Instant now) {

        public List<Topic> topicsOf(Event event) {
            return topics.getOrDefault(event.id(), List.of());
        }

        /** The sector's badge is left out when a topic already says the same, as "Mental health" would. */
        public boolean showSector(Event event) {
            return event.sector() != null
                    && topicsOf(event).stream().noneMatch(t -> t.name().equalsIgnoreCase(event.sector()));
        }
    }

    public record EventPage(Event event, List<Topic> topics, List<Speaker> speakers, List<Organisation> sponsors,
            Registration mine, List<Material> materials, boolean signedIn, boolean registrationOpen, boolean over,
            boolean editor, java.time.Instant now, org.ccionetwork.forum.EventDiscussion discussion) {

        /** Places left while registration is open, otherwise when it opens or that it has closed. */
        public String availability() {
            return event.availability(now);
        }

        /** Slides and notes, as links and files, once the event is over. */
        public boolean showMaterials() {
            return over && (event.slidesUrl() != null || event.notesUrl() != null || !materials.isEmpty());
        }

        /** The online link is for people with a confirmed place, and for editors. */
        public boolean showOnlineLink() {
            return event.online() && ((mine != null && mine.confirmed()) || editor);
        }
    }

    /** The editors' page for an event's discussion: its category, or an existing thread instead. */
    public record DiscussionPage(Event event, org.ccionetwork.forum.EventDiscussion discussion,
            List<org.ccionetwork.forum.Category> categories, String category, String thread, FormErrors errors) {
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
}
