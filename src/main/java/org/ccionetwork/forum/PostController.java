package org.ccionetwork.forum;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumForms.EditForm;
import org.ccionetwork.forum.ForumPages.EditPage;
import org.ccionetwork.forum.ForumPages.HistoryPage;
import org.ccionetwork.forum.ForumPages.MentionsFragment;
import org.ccionetwork.forum.ForumService.VisiblePost;
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

/** One post: its link, editing and history, likes, accepting an answer; and the @mention helper. */
@Controller
class PostController {

    private final ForumService forum;
    private final Posting posting;

    PostController(ForumService forum, Posting posting) {
        this.forum = forum;
        this.posting = posting;
    }

    @GetMapping("/community/p/{id}")
    String post(@PathVariable long id) {
        return "redirect:" + forum.locate(reader(), id);
    }

    @GetMapping("/community/p/{id}/edit")
    ModelAndView edit(@PathVariable long id) {
        VisiblePost editable = posting.editable(reader(), id);
        return Views.page("forum/edit", new EditPage(editable.thread(), editable.post(),
                new EditForm(editable.thread().title(), editable.post().bodyMarkdown()), FormErrors.NONE));
    }

    @PostMapping("/community/p/{id}/edit")
    ModelAndView save(@PathVariable long id, @Valid @ModelAttribute("form") EditForm form, BindingResult result) {
        Reader reader = reader();
        VisiblePost editable = posting.editable(reader, id);
        if (editable.post().firstPost() && (form.title() == null || form.title().isBlank())) {
            result.rejectValue("title", "required", "Enter a title");
        }
        if (result.hasErrors()) {
            return Views.invalid("forum/edit", new EditPage(editable.thread(), editable.post(), form,
                    FormErrors.from(result)));
        }
        posting.edit(reader, id, form.title(), form.body());
        return new ModelAndView("redirect:" + forum.locate(reader, id));
    }

    @GetMapping("/community/p/{id}/history")
    ModelAndView history(@PathVariable long id) {
        var history = posting.history(reader(), id);
        return Views.page("forum/history", new HistoryPage(history.visible().thread(), history.visible().post(),
                history.revisions()));
    }

    @PostMapping("/community/p/{id}/like")
    String like(@PathVariable long id, @RequestParam(defaultValue = "true") boolean like) {
        Reader reader = reader();
        posting.like(reader, id, like);
        return "redirect:" + forum.locate(reader, id);
    }

    @PostMapping("/community/p/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        Reader reader = reader();
        posting.accept(reader, id);
        Flash.say(redirect, "The answer has been saved.");
        return "redirect:" + forum.locate(reader, id);
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
        boolean whole = htmx == null || !htmx.isHtmxRequest();
        return Views.page("forum/mentions", new MentionsFragment(forum.mentionable(prefix), prefix, whole));
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
