package org.ccionetwork.news;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.topics.TopicLabels;
import org.ccionetwork.shared.topics.Topics;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom and RSS feeds of the 50 newest public articles, with absolute links. Members-only articles never
 * appear. A client that sends back the ETag or Last-Modified it was given gets 304 until an article is
 * published, edited, or its scheduled time comes.
 */
@Controller
class FeedController {

    static final int FEED_SIZE = 50;
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final ArticleRepository articles;
    private final NewsService news;
    private final CcioProperties site;
    private final Topics topics;

    FeedController(ArticleRepository articles, NewsService news, CcioProperties site, Topics topics) {
        this.topics = topics;
        this.articles = articles;
        this.news = news;
        this.site = site;
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> atom(WebRequest request) throws FeedException {
        return feed("atom_1.0", ATOM, "/news/feed.atom", request);
    }

    @GetMapping("/news/feed.rss")
    ResponseEntity<String> rss(WebRequest request) throws FeedException {
        return feed("rss_2.0", RSS, "/news/feed.rss", request);
    }

    private ResponseEntity<String> feed(String type, MediaType mediaType, String path, WebRequest request)
            throws FeedException {
        var now = news.now();
        var version = articles.feedVersion(now, FEED_SIZE);
        long lastModified = version.changed() == null ? 0 : version.changed().toEpochMilli() / 1000 * 1000;
        String etag = "\"" + type + "-" + sha256(version.digest()) + "\"";
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        // The ETag is built from every row the feed is made of, so a feed rendered for the same ETag is the same
        // feed: keep the last one per format rather than rendering fifty entries on every request.
        Rendered cached = rendered.get(type);
        if (cached != null && cached.etag().equals(etag)) {
            return respond(mediaType, etag, lastModified, cached.xml());
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle("CCIO Network news");
        feed.setDescription("News from the CCIO Leaders Network: Chief Clinical Information Officers in the NHS.");
        feed.setLanguage("en-GB");
        feed.setLink(site.link("/news"));
        feed.setUri(site.link(path));
        feed.setPublishedDate(version.changed() == null ? new Date(0) : Date.from(version.changed()));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(site.link(path));
        self.setType(mediaType.getType() + "/" + mediaType.getSubtype());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(site.link("/news"));
        alternate.setType("text/html");
        feed.setLinks(List.of(alternate, self));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article article : articles.forFeed(now, FEED_SIZE)) {
            entries.add(entry(article));
        }
        feed.setEntries(entries);
        String xml = new SyndFeedOutput().outputString(feed);
        rendered.put(type, new Rendered(etag, xml));
        return respond(mediaType, etag, lastModified, xml);
    }

    private record Rendered(String etag, String xml) {
    }

    private final java.util.Map<String, Rendered> rendered = new java.util.concurrent.ConcurrentHashMap<>();

    private static ResponseEntity<String> respond(MediaType mediaType, String etag, long lastModified, String xml) {
        var response = ResponseEntity.ok().contentType(mediaType).eTag(etag).cacheControl(CacheControl.noCache());
        if (lastModified > 0) {
            response.lastModified(lastModified);
        }
        return response.body(xml);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SyndEntry entry(Article article) {
        SyndEntry entry = new SyndEntryImpl();
        String link = site.link("/news/" + article.slug());
        entry.setTitle(article.title());
        entry.setLink(link);
        // The id stays the same when the title, and with it the slug, changes.
        entry.setUri(site.link("/news/article-" + article.id()));
        entry.setAuthor(article.authorName());
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.updatedAt().isAfter(article.publishedAt()) ? article.updatedAt() : article.publishedAt()));
        var description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(article.standfirst());
        entry.setDescription(description);
        var content = new SyndContentImpl();
        content.setType("html");
        content.setValue(article.bodyHtml());
        entry.setContents(List.of(content));
        List<SyndCategory> categories = new ArrayList<>();
        TopicLabels labels = topics.labels();
        for (String topic : article.topics()) {
            var category = new SyndCategoryImpl();
            category.setName(labels.label(topic));
            categories.add(category);
        }
        entry.setCategories(categories);
        return entry;
    }
}
