package org.ccionetwork.events;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.events.EventPages.AdminListPage;
import org.ccionetwork.events.EventPages.Attendee;
import org.ccionetwork.events.EventPages.AttendeesPage;
import org.ccionetwork.events.EventPages.FormPage;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors' pages: the programme, the event form, capacity, cancellation, and the attendee list at the door. */
@Controller
class EventsAdminController {

    private final EventService events;
    private final RegistrationService places;
    private final Markdown markdown;

    EventsAdminController(EventService events, RegistrationService places, Markdown markdown) {
        this.events = events;
        this.places = places;
        this.markdown = markdown;
    }

    @GetMapping("/admin/events")
    ModelAndView list(@RequestParam(required = false) Integer page) {
        return Views.page("events/admin-list", new AdminListPage(events.all(PageOf.clamp(page)).events()));
    }

    @GetMapping("/admin/events/new")
    ModelAndView newEvent() {
        return form(null, EventForm.empty(), FormErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/admin/events")
    ModelAndView create(@Valid @ModelAttribute("form") EventForm form, BindingResult result, RedirectAttributes redirect) {
        form.checkTogether(result);
        if (result.hasErrors()) {
            return form(null, form, FormErrors.from(result), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Event event = events.create(form.toCommand(markdown));
        Flash.say(redirect, "“" + event.title() + "” has been saved.");
        return new ModelAndView("redirect:/admin/events/" + event.slug() + "/edit");
    }

    @GetMapping("/admin/events/{slug}/edit")
    ModelAndView edit(@PathVariable String slug) {
        var details = events.details(slug, true, null).orElseThrow(() -> EventNotFound.forSlug(slug));
        Event event = details.event();
        return form(event, EventForm.of(event, details.topics(), details.speakers(), events.sponsorIds(event.id())),
                FormErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/admin/events/{slug}")
    ModelAndView update(@PathVariable String slug, @Valid @ModelAttribute("form") EventForm form, BindingResult result,
            RedirectAttributes redirect) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        form.checkTogether(result);
        if (!result.hasErrors()) {
            try {
                events.update(slug, form.toCommand(markdown));
                Flash.say(redirect, "Your changes to “" + form.title().strip() + "” have been saved.");
                return new ModelAndView("redirect:/admin/events/" + slug + "/edit");
            } catch (CapacityTooLow e) {
                result.rejectValue("capacity", "low", "Capacity cannot be less than the " + e.confirmed() + " places already confirmed");
            }
        }
        return form(event, form, FormErrors.from(result), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @PostMapping("/admin/events/{slug}/cancel")
    String cancel(@PathVariable String slug, RedirectAttributes redirect) {
        events.cancel(slug);
        Flash.say(redirect, "The event is cancelled and everyone registered has been emailed.");
        return "redirect:/admin/events/" + slug + "/edit";
    }

    @PostMapping("/admin/events/{slug}/capacity")
    ModelAndView capacity(@PathVariable String slug, @RequestParam(required = false) Integer capacity,
            RedirectAttributes redirect) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
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
        return Views.invalid("events/attendees", new AttendeesPage(event, events.attendees(event, ""), "", capacity,
                FormErrors.of("capacity", error), events.feedback(event.id())));
    }

    @GetMapping("/admin/events/{slug}/attendees")
    ModelAndView attendees(@PathVariable String slug, @RequestParam(required = false) String q, HtmxRequest htmx) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        String query = q == null ? "" : q.length() > 100 ? q.substring(0, 100) : q;
        var page = new AttendeesPage(event, events.attendees(event, query), query, event.capacity(), FormErrors.NONE,
                events.feedback(event.id()));
        // At the door the search box filters as people type; only the list is replaced.
        return Views.page(htmx.isHtmxRequest() && "attendee-list".equals(htmx.getTarget())
                ? "events/attendees-list" : "events/attendees", page);
    }

    @GetMapping("/admin/events/{slug}/attendees.csv")
    ResponseEntity<String> csv(@PathVariable String slug) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        StringBuilder csv = new StringBuilder("Name,Email,Organisation,Status,Registered,Needs,Checked in\r\n");
        for (Attendee a : events.attendees(event, "").rows()) {
            var r = a.registration();
            csv.append(Csv.cell(a.name())).append(',').append(Csv.cell(a.email())).append(',')
                    .append(Csv.cell(a.organisation())).append(',').append(Csv.cell(r.status().label())).append(',')
                    .append(Csv.cell(Dates.dateTime(r.registeredAt()))).append(',').append(Csv.cell(r.needs())).append(',')
                    .append(Csv.cell(Dates.dateTime(r.checkedInAt()))).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attendees-" + slug + ".csv\"")
                .body(csv.toString());
    }

    @PostMapping("/admin/events/{slug}/attendees/{id}/check-in")
    ModelAndView checkIn(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) String undo,
            @RequestParam(required = false) String q, HtmxRequest htmx, RedirectAttributes redirect) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        boolean done = places.checkIn(event, id, undo != null);
        if (htmx.isHtmxRequest()) {
            String query = q == null ? "" : q;
            return Views.page("events/attendees-list", new AttendeesPage(event, events.attendees(event, query), query,
                    event.capacity(), FormErrors.NONE, List.of()));
        }
        Flash.say(redirect, done ? (undo != null ? "Check-in undone." : "Checked in.") : "Only confirmed places can be checked in.");
        return new ModelAndView("redirect:/admin/events/" + slug + "/attendees" + (q == null || q.isBlank() ? ""
                : "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }

    private ModelAndView form(Event event, EventForm form, FormErrors errors, HttpStatus status) {
        return Views.page("events/form", new FormPage(event, form, errors, events.offeredTopics(form.topics()), events.possibleSponsors(),
                EventService.SECTORS, List.of(EventStatus.values())), status);
    }
}
