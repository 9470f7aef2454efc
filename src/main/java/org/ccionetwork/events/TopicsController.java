package org.ccionetwork.events;

import org.ccionetwork.events.EventPages.TopicsPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The managed list of event topics, kept by editors. */
@Controller
class TopicsController {

    private final EventService events;

    TopicsController(EventService events) {
        this.events = events;
    }

    @GetMapping("/admin/events/topics")
    ModelAndView topics() {
        return Views.page("events/topics", new TopicsPage(events.topics(), "", FormErrors.NONE));
    }

    @PostMapping("/admin/events/topics")
    ModelAndView add(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        String clean = name == null ? "" : name.strip();
        String error = clean.isEmpty() ? "Enter the name of the topic"
                : clean.length() > 100 ? "The name must be 100 characters or fewer"
                : events.topics().stream().anyMatch(t -> t.name().equalsIgnoreCase(clean)
                        || t.slug().equals(EventService.slugify(clean))) ? "There is already a topic with this name" : null;
        if (error != null) {
            return Views.page("events/topics", new TopicsPage(events.topics(), clean, FormErrors.of("name", error)),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        events.addTopic(clean);
        Flash.say(redirect, "The topic “" + clean + "” has been added.");
        return new ModelAndView("redirect:/admin/events/topics");
    }
}
