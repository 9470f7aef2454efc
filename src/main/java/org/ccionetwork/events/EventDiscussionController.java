package org.ccionetwork.events;

import org.ccionetwork.events.EventPages.DiscussionPage;
import org.ccionetwork.forum.ThreadAlreadyDiscussesAnEvent;
import org.ccionetwork.forum.ThreadNotFound;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors choose the category of an event's discussion thread, or link the event to a thread that exists. */
@Controller
class EventDiscussionController {

    private final EventService events;
    private final EventThreads threads;

    EventDiscussionController(EventService events, EventThreads threads) {
        this.events = events;
        this.threads = threads;
    }

    @GetMapping("/admin/events/{slug}/discussion")
    ModelAndView show(@PathVariable String slug) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        return page(event, threads.chosenCategory(event).orElse(""), "", FormErrors.NONE);
    }

    @PostMapping("/admin/events/{slug}/discussion")
    ModelAndView save(@PathVariable String slug, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String thread, RedirectAttributes redirect) {
        Event event = events.find(slug).orElseThrow(() -> EventNotFound.forSlug(slug));
        if (!thread.isBlank()) {
            var id = EventThreads.threadId(thread);
            if (id.isEmpty()) {
                return invalid(event, category, thread, "Enter the thread's number or its address, such as /community/t/42");
            }
            try {
                threads.linkThread(event, id.get());
            } catch (ThreadNotFound e) {
                return invalid(event, category, thread, "There is no published thread #" + id.get());
            } catch (ThreadAlreadyDiscussesAnEvent e) {
                return invalid(event, category, thread, "Thread #" + id.get() + " is already another event's discussion");
            }
            Flash.say(redirect, "The event's discussion is now thread #" + id.get() + ".");
        } else if (!threads.knownCategory(category)) {
            return page(event, category, thread, FormErrors.of("category", "Choose one of the categories listed"));
        } else {
            threads.chooseCategory(event, category);
            Flash.say(redirect, "The discussion's category has been saved.");
        }
        return new ModelAndView("redirect:/admin/events/" + slug + "/discussion");
    }

    private ModelAndView invalid(Event event, String category, String thread, String message) {
        return page(event, category, thread, FormErrors.of("thread", message));
    }

    private ModelAndView page(Event event, String category, String thread, FormErrors errors) {
        return Views.page("events/discussion-admin", new DiscussionPage(event, threads.of(event).orElse(null),
                threads.categories(), category, thread, errors), errors.any() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK);
    }
}
