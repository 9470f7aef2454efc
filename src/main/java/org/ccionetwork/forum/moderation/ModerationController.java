package org.ccionetwork.forum.moderation;

import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.forum.ThreadDetail;
import org.ccionetwork.forum.moderation.ModerationForms.HideForm;
import org.ccionetwork.forum.moderation.ModerationForms.RejectForm;
import org.ccionetwork.forum.moderation.ModerationForms.SuspendForm;
import org.ccionetwork.forum.moderation.ModerationPages.ReportsPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderators' queue: posts held for approval (approve, or reject with a reason) and reported posts; and
 * locking a thread from its page.
 */
@Controller
class ModerationController {

    private final HeldPosts held;
    private final Moderation moderation;
    private final ForumService forum;

    ModerationController(HeldPosts held, Moderation moderation, ForumService forum) {
        this.held = held;
        this.moderation = moderation;
        this.forum = forum;
    }

    @GetMapping("/admin/reports")
    ModelAndView reports() {
        return Views.page("forum/moderation/reports", new ReportsPage(held.queue(), moderation.queue(),
                moderation.categories(), FormErrors.NONE, null));
    }

    @PostMapping("/admin/reports/held/{postId}/approve")
    String approve(@PathVariable long postId, RedirectAttributes redirect) {
        ThreadDetail thread = held.approve(me(), postId);
        Flash.say(redirect, "The post in “" + thread.title() + "” is published; the author has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/held/{postId}/reject")
    ModelAndView reject(@PathVariable long postId, @Valid @ModelAttribute("reject") RejectForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, postId);
        }
        held.reject(me(), postId, form.reason());
        Flash.say(redirect, "The post will not be published; the author has been told why.");
        return new ModelAndView("redirect:/admin/reports");
    }

    @PostMapping("/admin/reports/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        moderation.dismiss(me(), id, note == null || note.length() > 300 ? null : note);
        Flash.say(redirect, "Report dismissed; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/hide")
    ModelAndView hide(@PathVariable long id, @Valid @ModelAttribute("hide") HideForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, id);
        }
        moderation.hide(me(), id, form.reason());
        Flash.say(redirect, "The post is hidden; the reporter has been told.");
        return new ModelAndView("redirect:/admin/reports");
    }

    @PostMapping("/admin/reports/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        moderation.lock(me(), id);
        Flash.say(redirect, "The thread is locked; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/move")
    String move(@PathVariable long id, @RequestParam long category, RedirectAttributes redirect) {
        moderation.move(me(), id, category);
        Flash.say(redirect, "The thread is moved; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/suspend")
    ModelAndView suspend(@PathVariable long id, @Valid @ModelAttribute("suspend") SuspendForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, id);
        }
        moderation.suspendAuthor(me(), id, form.days(), form.reason());
        Flash.say(redirect, "The author is suspended; the reporter has been told.");
        return new ModelAndView("redirect:/admin/reports");
    }

    @PostMapping("/community/t/{id}/lock")
    String lockThread(@PathVariable long id, @RequestParam(defaultValue = "true") boolean locked,
            RedirectAttributes redirect) {
        Reader reader = forum.reader(Viewers.current().orElseThrow());
        moderation.setLocked(reader, id, locked);
        Flash.say(redirect, locked ? "The thread is locked." : "The thread is unlocked.");
        return "redirect:" + forum.thread(reader, id).href();
    }

    private ModelAndView invalid(BindingResult result, long id) {
        return Views.invalid("forum/moderation/reports", new ReportsPage(held.queue(), moderation.queue(),
                moderation.categories(), FormErrors.from(result), id));
    }

    private static long me() {
        return Viewers.current().orElseThrow().id();
    }
}
