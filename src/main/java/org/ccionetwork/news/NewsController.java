package org.ccionetwork.news;

import org.ccionetwork.news.NewsPages.ArticlePage;
import org.ccionetwork.news.NewsPages.ListPage;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.TopicNotFound;
import org.ccionetwork.topics.Topics;
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
    private final Topics topics;

    NewsController(NewsService news, Topics topics) {
        this.news = news;
        this.topics = topics;
    }

    @GetMapping("/news")
    ModelAndView list(@RequestParam(required = false) String topic, @RequestParam(required = false) Integer page) {
        if (topic != null && !topic.isBlank()) {
            String asked = Slugs.of(topic, "");
            String slug = topics.find(asked).map(Topic::slug).orElse(asked);
            return new ModelAndView(new RedirectView("/news/topics/" + slug, false, false, false));
        }
        return Views.page("news/list", new ListPage(news.published(null, PageOf.clamp(page)), null, "/news", topics.labels()));
    }

    @GetMapping("/news/topics/{topic}")
    ModelAndView topic(@PathVariable String topic, @RequestParam(required = false) Integer page) {
        Topic found = topics.find(topic).orElseThrow(() -> TopicNotFound.forSlug(topic));
        if (!found.slug().equals(topic)) {
            // An old slug, such as "standards", now means a topic of the shared list.
            var redirect = new RedirectView("/news/topics/" + found.slug(), false, false, false);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return new ModelAndView(redirect);
        }
        String slug = found.slug();
        return Views.page("news/list", new ListPage(news.published(slug, PageOf.clamp(page)), slug, "/news/topics/" + slug,
                topics.labels()));
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
                article.stateAt(news.now()), topics.labels()));
    }
}
