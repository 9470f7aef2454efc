package org.ccionetwork.events.registration;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ccionetwork.events.CapacityTooLow;
import org.ccionetwork.events.Event;
import org.ccionetwork.events.EventNotFound;
import org.ccionetwork.events.EventService;
import org.ccionetwork.events.Programme;
import org.ccionetwork.events.registration.RegistrationPages.AttendeesPage;
import org.ccionetwork.shared.Csv;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors' attendee list: who has a place and who waits, check-in at the door, the capacity, and the CSV. */
@Controller
class AttendeesController {

    private final Programme programme;
    private final EventService events;
    private final AttendanceService attendance;

    AttendeesController(Programme programme, EventService events, AttendanceService attendance) {
        this.programme = programme;
        this.events = events;
        this.attendance = attendance;
    }

    @PostMapping("/admin/events/{slug}/capacity")
    ModelAndView capacity(@PathVariable String slug, @RequestParam(required = false) Integer capacity,
            RedirectAttributes redirect) {
        Event event = event(slug);
        String error = null;
        if (capacity == null || capacity < 1 || capacity > 100000) {
            error = "Enter a capacity from 1 to 100,000";
        } else {
            try {
                int promoted = events.changeCapacity(slug, capacity);
                Flash.say(redirect, "Capacity is now " + capacity + "." + (promoted == 0 ? ""
                        : " " + promoted + (promoted == 1 ? " person" : " people") + " moved up from the waiting list."));
                return new ModelAndView("redirect:/admin/events/" + slug + "/attendees");
            } catch (CapacityTooLow e) {
                error = "Capacity cannot be less than the " + e.confirmed() + " places already confirmed";
            }
        }
        return Views.invalid("events/attendees", new AttendeesPage(event, attendance.attendees(event, ""), "", capacity,
                FormErrors.of("capacity", error), attendance.feedback(event.id())));
    }

    @GetMapping("/admin/events/{slug}/attendees")
    ModelAndView attendees(@PathVariable String slug, @RequestParam(required = false) String q, HtmxRequest htmx) {
        Event event = event(slug);
        String query = q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q;
        var page = new AttendeesPage(event, attendance.attendees(event, query), query, event.capacity(), FormErrors.NONE,
                attendance.feedback(event.id()));
        // At the door the search box filters as people type; only the list is replaced.
        return Views.pageOrFragment(htmx, "attendee-list", "events/attendees", "events/attendees-list", page);
    }

    @GetMapping("/admin/events/{slug}/attendees.csv")
    ResponseEntity<String> csv(@PathVariable String slug) {
        Event event = event(slug);
        return ResponseEntity.ok().contentType(Csv.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees-" + slug + ".csv\"")
                .body(AttendanceCsv.write(attendance.attendees(event, "").rows()));
    }

    @PostMapping("/admin/events/{slug}/attendees/{id}/check-in")
    ModelAndView checkIn(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String undo,
            @RequestParam(required = false) String q, HtmxRequest htmx, RedirectAttributes redirect) {
        Event event = event(slug);
        boolean done = attendance.checkIn(event, id, undo != null);
        String said = done ? (undo != null ? "Check-in undone." : "Checked in.") : "Only confirmed places can be checked in.";
        if (htmx.isHtmxRequest()) {
            String query = q == null ? "" : q;
            var attendees = attendance.attendees(event, query);
            String who = attendees.rows().stream().filter(a -> a.registration().id() == id)
                    .map(a -> a.name()).findFirst().orElse(null);
            String announced = !done || who == null ? said : (undo != null ? "Check-in of " + who + " undone." : who + " checked in.");
            return Views.page("events/attendees-list", new AttendeesPage(event, attendees, query,
                    event.capacity(), FormErrors.NONE, List.of(), id, announced));
        }
        Flash.say(redirect, said);
        // Back at the same row, so the keyboard carries on from the person just checked in.
        return new ModelAndView("redirect:/admin/events/" + slug + "/attendees" + (q == null || q.isBlank() ? ""
                : "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)) + "#attendee-" + id);
    }

    private Event event(String slug) {
        return programme.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
    }
}
