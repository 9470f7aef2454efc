package org.ccionetwork.events.registration;

import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member takes a place at an event (or joins its waiting list), or gives it up; both from the event's page. */
@Controller
class RegistrationController {

    private final RegistrationService places;

    RegistrationController(RegistrationService places) {
        this.places = places;
    }

    @PostMapping("/events/{slug}/register")
    String register(@PathVariable String slug, @RequestParam(required = false) String needs, RedirectAttributes redirect) {
        Viewer me = Viewers.current().orElseThrow();
        String cleanNeeds = needs == null ? null : needs.length() > 500 ? needs.substring(0, 500) : needs;
        var result = places.register(slug, me.id(), cleanNeeds);
        Flash.say(redirect, switch (result.outcome()) {
            case CONFIRMED -> "Your place is confirmed. We have emailed you the details and a calendar invitation.";
            case WAITING -> "The event is full, so you are number " + result.waitingPosition()
                    + " on the waiting list. We will email you if a place comes up.";
            case ALREADY_REGISTERED -> "You are already registered for this event.";
            case CLOSED -> "Registration for this event is closed.";
        });
        return "redirect:/events/" + slug;
    }

    @PostMapping("/events/{slug}/cancel")
    String cancel(@PathVariable String slug, RedirectAttributes redirect) {
        Viewer me = Viewers.current().orElseThrow();
        boolean cancelled = places.cancel(slug, me.id());
        Flash.say(redirect, cancelled ? "Your registration is cancelled." : "You had no registration to cancel.");
        return "redirect:/events/" + slug;
    }
}
