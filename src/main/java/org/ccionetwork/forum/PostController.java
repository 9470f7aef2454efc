package org.ccionetwork.forum;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumForms.EditForm;
import org.ccionetwork.forum.ForumForms.ReportForm;
import org.ccionetwork.forum.ForumPages.EditPage;
import org.ccionetwork.forum.ForumPages.HistoryPage;
import org.ccionetwork.forum.ForumPages.MentionsFragment;
import org.ccionetwork.forum.ForumPages.ReportPage;
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

/** One post: its link, editing and history, likes, accepting an answer, reporting; and the @mention helper. */
@Controller
class PostController {

    private final ForumService forum;
    private final ForumAdministration administration;

    PostController(ForumService forum, ForumAdministration administration) {
        this.forum = forum;
        this.administration = administration;
    }

    @GetMapping("/community/p/{id}")
    String post(@PathVariable long id) {
        return "redirect:" + forum.locate(reader(), id);
    }

    @GetMapping("/community/p/{id}/edit")
    ModelAndView edit(@PathVariable long id) {
        Reader reader = reader();
        PostView post = forum.editable(reader, id);
        ThreadDetail thread = forum.thread(reader, post.threadId());
        return Views.page("forum/edit", new EditPage(thread, post, new EditForm(thread.title(), post.bodyMarkdown()),
                FormErrors.NONE));
    }

    @PostMapping("/community/p/{id}/edit")
    ModelAndView save(@PathVariable long id, @Valid @ModelAttribute("form") EditForm form, BindingResult result) {
        Reader reader = reader();
        PostView post = forum.editable(reader, id);
        if (post.position() == 0 && (form.title() == null || form.title().isBlank())) {
            result.rejectValue("title", "required", "Enter a title");
        }
        if (result.hasErrors()) {
            return Views.invalid("forum/edit", new EditPage(forum.thread(reader, post.threadId()), post, form,
                    FormErrors.from(result)));
        }
        forum.edit(reader, id, form.title(), form.body());
        return new ModelAndView("redirect:" + forum.locate(reader, id));
    }

    @GetMapping("/community/p/{id}/history")
    ModelAndView history(@PathVariable long id) {
        Reader reader = reader();
        var revisions = forum.history(reader, id);
        PostView post = forum.visiblePost(reader, id);
        return Views.page("forum/history", new HistoryPage(forum.thread(reader, post.threadId()), post, revisions));
    }

    @PostMapping("/community/p/{id}/like")
    String like(@PathVariable long id, @RequestParam(defaultValue = "true") boolean like) {
        Reader reader = reader();
        forum.like(reader, id, like);
        return "redirect:" + forum.locate(reader, id);
    }

    @PostMapping("/community/p/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        Reader reader = reader();
        forum.accept(reader, id);
        Flash.say(redirect, "The answer has been saved.");
        return "redirect:" + forum.locate(reader, id);
    }

    @GetMapping("/community/p/{id}/report")
    ModelAndView report(@PathVariable long id) {
        Reader reader = reader();
        PostView post = forum.post(reader, id);
        return Views.page("forum/report", new ReportPage(forum.thread(reader, post.threadId()), post,
                new ReportForm(""), FormErrors.NONE));
    }

    @PostMapping("/community/p/{id}/report")
    ModelAndView sendReport(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
            RedirectAttributes redirect) {
        Reader reader = reader();
        PostView post = forum.post(reader, id);
        if (result.hasErrors()) {
            return Views.invalid("forum/report", new ReportPage(forum.thread(reader, post.threadId()), post, form,
                    FormErrors.from(result)));
        }
        administration.report(reader, id, form.reason());
        Flash.say(redirect, "Thank you. The moderators will look at the post and tell you what they decide.");
        return new ModelAndView("redirect:" + forum.locate(reader, id));
    }

    /** Members whose names start with what follows the last @ in the text, for htmx to show under the box. */
    @GetMapping("/community/mentions")
    ModelAndView mentions(@RequestParam(required = false) String q, @RequestParam(required = false) String body,
            HtmxRequest htmx) {
        reader();
        String prefix = q;
        if (prefix == null && body != null) {
            int at = body.lastIndexOf('@');
            prefix = at < 0 || body.length() - at > 40 ? null : body.substring(at + 1);
        }
        return Views.page("forum/mentions", new MentionsFragment(forum.mentionable(prefix)));
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
