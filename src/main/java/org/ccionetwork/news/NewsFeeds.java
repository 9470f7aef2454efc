package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.SecretTokens;
import org.ccionetwork.shared.Feeds;
import org.ccionetwork.shared.Feeds.Entry;
import org.ccionetwork.shared.Feeds.Feed;
import org.ccionetwork.shared.Feeds.Format;
import org.ccionetwork.topics.TopicLabels;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Component;

/**
 * The Atom and RSS feeds of the 50 newest public articles, with absolute links; members-only articles never
 * appear. Each feed has a version (ETag and last change) made from the rows it is built of.
 */
@Component
class NewsFeeds {

    static final int FEED_SIZE = 50;

    private final ArticleRepository articles;
    private final NewsService news;
    private final CcioProperties site;
    private final Topics topics;
    private final Map<Format, Rendered> rendered = new ConcurrentHashMap<>();

    NewsFeeds(ArticleRepository articles, NewsService news, CcioProperties site, Topics topics) {
        this.articles = articles;
        this.news = news;
        this.site = site;
        this.topics = topics;
    }

    /**
     * What the feed would be built from now.
     *
     * @param etag changes whenever an article in the feed is published, edited or comes due
     * @param lastModified in whole seconds since the epoch, as milliseconds; 0 for a feed with no articles
     */
    record Version(Format format, Instant now, Instant changed, String etag, long lastModified) {
    }

    Version version(Format format) {
        Instant now = news.now();
        var rows = articles.feedVersion(now, FEED_SIZE);
        long lastModified = rows.changed() == null ? 0 : rows.changed().toEpochMilli() / 1000 * 1000;
        String etag = "\"" + format.romeType() + "-" + SecretTokens.hash(rows.digest()).substring(0, 32) + "\"";
        return new Version(format, now, rows.changed(), etag, lastModified);
    }

    /** The feed of that version as XML. */
    String xml(Version version) {
        // A feed rendered for the same ETag is the same feed: keep the last one per format rather than rendering
        // fifty entries on every request.
        Rendered cached = rendered.get(version.format());
        if (cached != null && cached.etag().equals(version.etag())) {
            return cached.xml();
        }
        String xml = Feeds.write(feed(version), version.format());
        rendered.put(version.format(), new Rendered(version.etag(), xml));
        return xml;
    }

    private record Rendered(String etag, String xml) {
    }

    private Feed feed(Version version) {
        String self = site.link(version.format() == Format.ATOM ? "/news/feed.atom" : "/news/feed.rss");
        TopicLabels labels = topics.labels();
        List<Entry> entries = articles.forFeed(version.now(), FEED_SIZE).stream().map(article -> entry(article, labels))
                .toList();
        return new Feed("CCIO Network news",
                "News from the CCIO Leaders Network: Chief Clinical Information Officers in the NHS.", "en-GB", self,
                site.link("/news"), self, version.changed() == null ? Instant.EPOCH : version.changed(), entries);
    }

    private Entry entry(Article article, TopicLabels labels) {
        // The id stays the same when the title, and with it the slug, changes.
        return new Entry(article.title(), site.link("/news/" + article.slug()), site.link("/news/article-" + article.id()),
                article.publishedAt(), article.updatedAt())
                .withSummary(article.standfirst())
                .withHtml(article.bodyHtml())
                .withAuthor(article.authorName())
                .withCategories(article.topics().stream().map(labels::label).toList());
    }
}
