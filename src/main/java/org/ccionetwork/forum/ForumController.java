package org.ccionetwork.forum;

import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumForms.ReplyForm;
import org.ccionetwork.forum.ForumForms.ThreadForm;
import org.ccionetwork.forum.ForumPages.IndexPage;
import org.ccionetwork.forum.ForumPages.ListPage;
import org.ccionetwork.forum.ForumPages.NewThreadPage;
import org.ccionetwork.forum.ForumPages.ThreadPage;
import org.ccionetwork.forum.ThreadRepository.Listing;
import org.ccionetwork.forum.moderation.PostingTooFast;
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

/** Categories, lists of threads, a thread, starting a thread and replying. */
@Controller
class ForumController {

    /** What a member whose first posts are held reads after posting. */
    static final String HELD = "Thank you. As a new member, your first posts wait for a moderator before others "
            + "can see them; you will be told when it is published.";

    private final ForumService forum;
    private final Posting posting;
    private final org.springframework.beans.factory.ObjectProvider<org.ccionetwork.shared.PostQuoting> quoting;

    ForumController(ForumService forum, Posting posting,
            org.springframework.beans.factory.ObjectProvider<org.ccionetwork.shared.PostQuoting> quoting) {
        this.forum = forum;
        this.posting = posting;
        this.quoting = quoting;
    }

    @GetMapping("/community")
    ModelAndView index() {
        return Views.page("forum/index", new IndexPage(forum.categories(reader())));
    }

    @GetMapping("/community/latest")
    ModelAndView latest(@RequestParam(required = false) String after) {
        return list(reader(), Listing.LATEST, "Latest threads", "latest", "/community/latest", null, after);
    }

    @GetMapping("/community/unanswered")
    ModelAndView unanswered(@RequestParam(required = false) String after) {
        return list(reader(), Listing.UNANSWERED, "Unanswered", "unanswered", "/community/unanswered", null, after);
    }

    @GetMapping("/community/mine")
    ModelAndView mine(@RequestParam(required = false) String after) {
        return list(reader(), Listing.MINE, "My threads", "mine", "/community/mine", null, after);
    }

    @GetMapping("/community/c/{slug}")
    ModelAndView category(@PathVariable String slug, @RequestParam(required = false) String after) {
        Reader reader = reader();
        Category category = forum.category(reader, slug);
        return list(reader, Listing.CATEGORY, category.name(), "category", category.href(), category, after);
    }

    @GetMapping("/community/new")
    ModelAndView newThread(@RequestParam(required = false) String category) {
        Reader reader = reader();
        return Views.page("forum/new-thread", new NewThreadPage(forum.categories(reader),
                ThreadForm.empty(category == null ? "" : category), FormErrors.NONE));
    }

    @PostMapping("/community/new")
    ModelAndView startThread(@Valid @ModelAttribute("form") ThreadForm form, BindingResult result,
            RedirectAttributes redirect) {
        Reader reader = reader();
        if (!result.hasErrors()) {
            try {
                ThreadDetail thread = posting.startThread(reader, form.category(), form.title(), form.body(),
                        form.isQuestion());
                if (thread.pending()) {
                    Flash.say(redirect, HELD);
                }
                return new ModelAndView("redirect:" + thread.href());
            } catch (PostingTooFast tooFast) {
                result.rejectValue("body", "rate", tooFast.getMessage());
            }
        }
        return Views.invalid("forum/new-thread", new NewThreadPage(forum.categories(reader), form,
                FormErrors.from(result)));
    }

    @GetMapping("/community/t/{id}")
    String threadWithoutSlug(@PathVariable long id) {
        return "redirect:" + forum.thread(reader(), id).href();
    }

    @GetMapping("/community/t/{id}/{slug}")
    ModelAndView thread(@PathVariable long id, @PathVariable String slug, @RequestParam(required = false) Integer page) {
        Reader reader = reader();
        var view = forum.view(reader, id, page == null ? 1 : page);
        if (!view.thread().slug().equals(slug)) {
            return new ModelAndView("redirect:" + view.thread().href() + (view.page() > 1 ? "?page=" + view.page() : ""));
        }
        return Views.page("forum/thread", new ThreadPage(view, new ReplyForm(""), FormErrors.NONE, offer()));
    }

    @PostMapping("/community/t/{id}/replies")
    ModelAndView reply(@PathVariable long id, @Valid @ModelAttribute("reply") ReplyForm form, BindingResult result,
            RedirectAttributes redirect) {
        Reader reader = reader();
        if (!result.hasErrors()) {
            try {
                long postId = posting.reply(reader, id, form.body());
                if (posting.held(postId)) {
                    Flash.say(redirect, HELD);
                }
                return new ModelAndView("redirect:" + forum.locate(reader, postId));
            } catch (PostingTooFast tooFast) {
                result.rejectValue("body", "rate", tooFast.getMessage());
            }
        }
        var view = forum.view(reader, id, Integer.MAX_VALUE);
        return Views.invalid("forum/thread", new ThreadPage(view, form, FormErrors.from(result), offer()));
    }

    /** A list of threads, for a reader the caller looked up (each look-up is a statement). */
    private ModelAndView list(Reader reader, Listing listing, String heading, String tab, String baseUrl,
            Category category, String after) {
        var threads = forum.list(reader, listing, category, Cursor.parse(after));
        boolean following = category != null && forum.followsCategory(reader, category);
        return Views.page("forum/list", new ListPage(heading, tab, baseUrl, category, following, threads,
                Cursor.parse(after) == null));
    }

    private ThreadPage.QuoteOffer offer() {
        var module = quoting.getIfAvailable();
        return module == null ? null : new ThreadPage.QuoteOffer(module.mayQuote(Viewers.current().orElseThrow()), module);
    }

    private Reader reader() {
        return forum.reader(Viewers.current().orElseThrow());
    }
}
