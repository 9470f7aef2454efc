package org.ccionetwork.events.registration;

import org.ccionetwork.events.Event;
import org.ccionetwork.events.EventNotFound;
import org.ccionetwork.events.Programme;
import org.ccionetwork.events.registration.RegistrationPages.FeedbackPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The short survey after an event, for people who were checked in. */
@Controller
class FeedbackController {

    private final Programme events;
    private final FeedbackService feedback;

    FeedbackController(Programme events, FeedbackService feedback) {
        this.events = events;
        this.feedback = feedback;
    }

    @GetMapping("/events/{slug}/feedback")
    ModelAndView form(@PathVariable String slug) {
        Event event = attended(slug);
        return Views.page("events/feedback", new FeedbackPage(event, null, "", FormErrors.NONE));
    }

    @PostMapping("/events/{slug}/feedback")
    ModelAndView give(@PathVariable String slug, @RequestParam(required = false) Integer rating,
            @RequestParam(required = false) String comments, RedirectAttributes redirect) {
        Event event = attended(slug);
        String text = comments == null ? "" : comments.strip();
        FormErrors errors = FormErrors.NONE;
        if (rating == null || rating < 1 || rating > 5) {
            errors = FormErrors.of("rating", "Choose a rating from 1 to 5");
        } else if (text.length() > 2000) {
            errors = FormErrors.of("comments", "Comments must be 2,000 characters or fewer");
        }
        if (errors.any()) {
            return Views.invalid("events/feedback", new FeedbackPage(event, rating, text, errors));
        }
        feedback.give(event, Viewers.current().orElseThrow().id(), rating, text.isEmpty() ? null : text);
        Flash.say(redirect, "Thank you for your feedback.");
        return new ModelAndView("redirect:/account/events");
    }

    private Event attended(String slug) {
        long me = Viewers.current().orElseThrow().id();
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        if (!feedback.attended(event, me)) {
            throw NotCheckedIn.at(slug);
        }
        return event;
    }
}
