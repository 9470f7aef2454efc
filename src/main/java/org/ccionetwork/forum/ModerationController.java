package org.ccionetwork.forum;

import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumForms.HideForm;
import org.ccionetwork.forum.ForumForms.RejectForm;
import org.ccionetwork.forum.ForumForms.SuspendForm;
import org.ccionetwork.forum.ForumPages.ReportsPage;
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

/** The moderators' queue: posts held for approval (approve, or reject with a reason) and reported posts. */
@Controller
class ModerationController {

    private final ForumAdministration administration;

    ModerationController(ForumAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/admin/reports")
    ModelAndView reports() {
        return Views.page("forum/reports", new ReportsPage(administration.held(), administration.queue(),
                administration.categories(), FormErrors.NONE, null));
    }

    @PostMapping("/admin/reports/held/{postId}/approve")
    String approve(@PathVariable long postId, RedirectAttributes redirect) {
        ThreadDetail thread = administration.approve(me(), postId);
        Flash.say(redirect, "The post in “" + thread.title() + "” is published; the author has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/held/{postId}/reject")
    ModelAndView reject(@PathVariable long postId, @Valid @ModelAttribute("reject") RejectForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, postId);
        }
        administration.reject(me(), postId, form.reason());
        Flash.say(redirect, "The post will not be published; the author has been told why.");
        return new ModelAndView("redirect:/admin/reports");
    }

    @PostMapping("/admin/reports/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        administration.dismiss(me(), id, note == null || note.length() > 300 ? null : note);
        Flash.say(redirect, "Report dismissed; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/hide")
    ModelAndView hide(@PathVariable long id, @Valid @ModelAttribute("hide") HideForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, id);
        }
        administration.hide(me(), id, form.reason());
        Flash.say(redirect, "The post is hidden; the reporter has been told.");
        return new ModelAndView("redirect:/admin/reports");
    }

    @PostMapping("/admin/reports/{id}/lock")
    String lock(@PathVariable long id, RedirectAttributes redirect) {
        administration.lock(me(), id);
        Flash.say(redirect, "The thread is locked; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/move")
    String move(@PathVariable long id, @RequestParam long category, RedirectAttributes redirect) {
        administration.move(me(), id, category);
        Flash.say(redirect, "The thread is moved; the reporter has been told.");
        return "redirect:/admin/reports";
    }

    @PostMapping("/admin/reports/{id}/suspend")
    ModelAndView suspend(@PathVariable long id, @Valid @ModelAttribute("suspend") SuspendForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return invalid(result, id);
        }
        administration.suspendAuthor(me(), id, form.days(), form.reason());
        Flash.say(redirect, "The author is suspended; the reporter has been told.");
        return new ModelAndView("redirect:/admin/reports");
    }

    private ModelAndView invalid(BindingResult result, long id) {
        return Views.invalid("forum/reports", new ReportsPage(administration.held(), administration.queue(),
                administration.categories(), FormErrors.from(result), id));
    }

    private static long me() {
        return Viewers.current().orElseThrow().id();
    }
}
