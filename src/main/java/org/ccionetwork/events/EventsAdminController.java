package org.ccionetwork.events;

import java.util.List;

import jakarta.validation.Valid;
import org.ccionetwork.events.EventPages.AdminListPage;
import org.ccionetwork.events.EventPages.FormPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors' pages: the programme, the event form and cancellation; the attendee list is in {@code registration}. */
@Controller
class EventsAdminController {

    private final EventService events;
    private final Markdown markdown;

    EventsAdminController(EventService events, Markdown markdown) {
        this.events = events;
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

    private ModelAndView form(Event event, EventForm form, FormErrors errors, HttpStatus status) {
        return Views.page("events/form", new FormPage(event, form, errors, events.offeredTopics(form.topics()), events.possibleSponsors(),
                EventService.SECTORS, List.of(EventStatus.values())), status);
    }
}
