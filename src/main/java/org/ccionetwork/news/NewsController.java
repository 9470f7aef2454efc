package org.ccionetwork.news;

import org.ccionetwork.news.NewsPages.ArticlePage;
import org.ccionetwork.news.NewsPages.ListPage;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The public news pages: the list, a topic's list and an article. */
@Controller
class NewsController {

    private final NewsService news;

    NewsController(NewsService news) {
        this.news = news;
    }

    @GetMapping("/news")
    ModelAndView list(@RequestParam(required = false) String topic, @RequestParam(required = false) Integer page) {
        if (topic != null && !topic.isBlank()) {
            return new ModelAndView(new RedirectView("/news/topics/" + Topics.slug(topic), false, false, false));
        }
        return Views.page("news/list", new ListPage(news.published(null, PageOf.clamp(page)), null, "/news"));
    }

    @GetMapping("/news/topics/{topic}")
    ModelAndView topic(@PathVariable String topic, @RequestParam(required = false) Integer page) {
        String slug = Topics.slug(topic);
        if (slug.isEmpty()) {
            throw ArticleNotFound.forSlug(topic);
        }
        return Views.page("news/list", new ListPage(news.published(slug, PageOf.clamp(page)), slug, "/news/topics/" + slug));
    }

    @GetMapping("/news/{slug}")
    ModelAndView article(@PathVariable String slug) {
        Article article = news.bySlug(slug).orElseThrow(() -> ArticleNotFound.forSlug(slug));
        Viewer viewer = Viewers.current().orElse(null);
        boolean editor = viewer != null && viewer.isEditor();
        if (!article.visibleAt(news.now()) && !editor) {
            throw ArticleNotFound.forSlug(slug);
        }
        if (!article.slug().equals(slug)) {
            var redirect = new RedirectView("/news/" + article.slug(), false, false, false);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(redirect);
        }
        boolean canRead = !article.membersOnly() || viewer != null;
        return Views.page("news/article", new ArticlePage(article, news.related(article), canRead, editor,
                article.stateAt(news.now())));
    }
}
