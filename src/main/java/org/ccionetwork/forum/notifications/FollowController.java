package org.ccionetwork.forum.notifications;

import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow buttons of a category's list and of a thread's page. */
@Controller
class FollowController {

    private final ForumService forum;
    private final Follows follows;

    FollowController(ForumService forum, Follows follows) {
        this.forum = forum;
        this.follows = follows;
    }

    @PostMapping("/community/c/{slug}/follow")
    String followCategory(@PathVariable String slug, @RequestParam(defaultValue = "true") boolean follow,
            RedirectAttributes redirect) {
        follows.followCategory(reader(), slug, follow);
        Flash.say(redirect, follow ? "You will be told about new threads in this category."
                : "You no longer follow this category.");
        return "redirect:/community/c/" + slug;
    }

    @PostMapping("/community/t/{id}/follow")
    String followThread(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow,
            RedirectAttributes redirect) {
        Reader reader = reader();
        follows.followThread(reader, id, follow);
        Flash.say(redirect, follow ? "You are following this thread." : "You no longer follow this thread.");
        return "redirect:" + forum.thread(reader, id).href();
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
