package org.ccionetwork.news;

import jakarta.validation.Valid;
import org.ccionetwork.news.NewsPages.AdminListPage;
import org.ccionetwork.news.NewsPages.FormPage;
import org.ccionetwork.news.NewsPages.RevisionPage;
import org.ccionetwork.news.NewsPages.RevisionsPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors write articles, preview them, publish or schedule them, and look back through revisions. */
@Controller
class ArticleAdminController {

    private final NewsService news;
    private final Topics topics;

    ArticleAdminController(NewsService news, Topics topics) {
        this.news = news;
        this.topics = topics;
    }

    @GetMapping("/admin/news")
    ModelAndView list(@RequestParam(required = false) Integer page) {
        return Views.page("news/admin-list", new AdminListPage(news.forEditors(PageOf.clamp(page)), news.now()));
    }

    @GetMapping("/admin/news/new")
    ModelAndView newArticle() {
        return Views.page("news/admin-form", new FormPage(null, null, "New", ArticleForm.empty(), FormErrors.NONE, null, topics.current()));
    }

    @PostMapping("/admin/news")
    ModelAndView create(@Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
            @RequestParam(required = false) String preview, RedirectAttributes redirect) {
        news.scheduleProblem(form).ifPresent(problem -> result.rejectValue("publishAt", "schedule", problem));
        if (result.hasErrors()) {
            return Views.invalid("news/admin-form", new FormPage(null, null, "New", form, FormErrors.from(result), null, topics.offered(form.topics())));
        }
        if (preview != null) {
            return Views.page("news/admin-form", new FormPage(null, null, "New", form, FormErrors.NONE, news.preview(form.body()), topics.offered(form.topics())));
        }
        long id = news.create(form, me());
        Flash.say(redirect, message(form));
        return new ModelAndView("redirect:/admin/news/" + id);
    }

    @GetMapping("/admin/news/{id}")
    ModelAndView edit(@PathVariable long id) {
        Article article = news.byId(id);
        return Views.page("news/admin-form", new FormPage(id, article.slug(), article.stateAt(news.now()),
                ArticleForm.of(article, news.now()), FormErrors.NONE, null, topics.offered(article.topics())));
    }

    @PostMapping("/admin/news/{id}")
    ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") ArticleForm form, BindingResult result,
            @RequestParam(required = false) String preview, RedirectAttributes redirect) {
        Article article = news.byId(id);
        news.scheduleProblem(form).ifPresent(problem -> result.rejectValue("publishAt", "schedule", problem));
        String state = article.stateAt(news.now());
        if (result.hasErrors()) {
            return Views.invalid("news/admin-form", new FormPage(id, article.slug(), state, form, FormErrors.from(result), null,
                    topics.offered(form.topics())));
        }
        if (preview != null) {
            return Views.page("news/admin-form", new FormPage(id, article.slug(), state, form, FormErrors.NONE,
                    news.preview(form.body()), topics.offered(form.topics())));
        }
        news.update(id, form, me(), "ARTICLE_UPDATED");
        Flash.say(redirect, message(form));
        return new ModelAndView("redirect:/admin/news/" + id);
    }

    @GetMapping("/admin/news/{id}/revisions")
    ModelAndView revisions(@PathVariable long id) {
        return Views.page("news/revisions", new RevisionsPage(news.byId(id), news.revisions(id)));
    }

    @GetMapping("/admin/news/{id}/revisions/{revision}")
    ModelAndView revision(@PathVariable long id, @PathVariable long revision) {
        ArticleRevision found = news.revision(id, revision);
        return Views.page("news/revision", new RevisionPage(news.byId(id), found, news.preview(found.bodyMarkdown()),
                topics.labels(found.topics())));
    }

    @PostMapping("/admin/news/{id}/revisions/{revision}/restore")
    String restore(@PathVariable long id, @PathVariable long revision, RedirectAttributes redirect) {
        news.restore(id, revision, me());
        Flash.say(redirect, "The earlier version has been restored and saved as the latest revision.");
        return "redirect:/admin/news/" + id;
    }

    private static String message(ArticleForm form) {
        return switch (form.choice()) {
            case DRAFT -> "The draft has been saved.";
            case NOW -> "The article has been saved and is published.";
            case SCHEDULE -> "The article has been saved and will be published at the time you chose.";
        };
    }

    private static Viewer me() {
        return Viewers.current().orElseThrow();
    }
}
