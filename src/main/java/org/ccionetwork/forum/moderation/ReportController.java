package org.ccionetwork.forum.moderation;

import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.ForumService.VisiblePost;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.forum.moderation.ModerationForms.ReportForm;
import org.ccionetwork.forum.moderation.ModerationPages.ReportPage;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member reports a post to the moderators. */
@Controller
class ReportController {

    private final ForumService forum;
    private final Moderation moderation;

    ReportController(ForumService forum, Moderation moderation) {
        this.forum = forum;
        this.moderation = moderation;
    }

    @GetMapping("/community/p/{id}/report")
    ModelAndView report(@PathVariable long id) {
        VisiblePost visible = forum.publishedPost(reader(), id);
        return Views.page("forum/moderation/report", new ReportPage(visible.thread(), visible.post(),
                new ReportForm(""), FormErrors.NONE));
    }

    @PostMapping("/community/p/{id}/report")
    ModelAndView sendReport(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
            RedirectAttributes redirect) {
        Reader reader = reader();
        VisiblePost visible = forum.publishedPost(reader, id);
        if (result.hasErrors()) {
            return Views.invalid("forum/moderation/report", new ReportPage(visible.thread(), visible.post(), form,
                    FormErrors.from(result)));
        }
        moderation.report(reader, id, form.reason());
        Flash.say(redirect, "Thank you. The moderators will look at the post and tell you what they decide.");
        return new ModelAndView("redirect:" + forum.locate(reader, id));
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
