package org.ccionetwork.playbooks;

import org.ccionetwork.playbooks.PlaybookPages.QueuePage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members suggest a thread for a playbook from its page; editors see the queue with counts. */
@Controller
class SuggestionsController {

    private final Suggestions suggestions;

    SuggestionsController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/playbooks/suggestions")
    String suggest(@RequestParam(defaultValue = "0") long thread, RedirectAttributes redirect) {
        Viewer viewer = Viewers.current().orElseThrow();
        var outcome = suggestions.suggest(thread, viewer);
        if (outcome == Suggestions.Suggested.NO_SUCH_THREAD) {
            throw PlaybookNotFound.part(thread);
        }
        Flash.say(redirect, outcome == Suggestions.Suggested.THANKS
                ? "Thank you: the editors will look at this thread for a playbook."
                : "You have suggested this thread already; the editors have it.");
        return "redirect:/community/t/" + thread;
    }

    @GetMapping("/admin/playbooks/suggestions")
    ModelAndView queue() {
        return Views.page("playbooks/suggestions", new QueuePage(suggestions.queue(), suggestions.open()));
    }

    @PostMapping("/admin/playbooks/suggestions/{thread}/handled")
    String handled(@PathVariable long thread, RedirectAttributes redirect) {
        suggestions.handled(thread, Viewers.current().orElseThrow());
        Flash.say(redirect, "The suggestion has been taken off the queue.");
        return "redirect:/admin/playbooks/suggestions";
    }
}
