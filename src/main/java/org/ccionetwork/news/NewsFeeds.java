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
    private final List<org.ccionetwork.shared.FeedSource> sources;

    NewsFeeds(ArticleRepository articles, NewsService news, CcioProperties site, Topics topics,
            List<org.ccionetwork.shared.FeedSource> sources) {
        this.sources = sources;
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
    record Version(Format format, Instant now, Instant changed, String etag, long lastModified, List<Entry> others) {
    }

    Version version(Format format) {
        Instant now = news.now();
        var rows = articles.feedVersion(now, FEED_SIZE);
        // Other modules' entries (shared.FeedSource) are part of the version, so the ETag moves with them too.
        List<Entry> others = sources.stream().flatMap(source -> source.entries(now, FEED_SIZE).stream()).toList();
        Instant changed = rows.changed();
        StringBuilder digest = new StringBuilder(rows.digest());
        for (Entry entry : others) {
            digest.append(entry.id()).append(':').append(entry.updated().toEpochMilli()).append(';');
            changed = changed == null || entry.updated().isAfter(changed) ? entry.updated() : changed;
        }
        long lastModified = changed == null ? 0 : changed.toEpochMilli() / 1000 * 1000;
        String etag = "\"" + format.romeType() + "-" + SecretTokens.hash(digest.toString()).substring(0, 32) + "\"";
        return new Version(format, now, changed, etag, lastModified, others);
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
        // Articles by when they were published, as always; other entries by when they were announced (updated).
        record Dated(Instant at, Entry entry) {
        }
        List<Entry> entries = java.util.stream.Stream.concat(
                        articles.forFeed(version.now(), FEED_SIZE).stream()
                                .map(article -> new Dated(article.publishedAt(), entry(article, labels))),
                        version.others().stream().map(entry -> new Dated(entry.updated(), entry)))
                .sorted(java.util.Comparator.comparing(Dated::at).reversed()).limit(FEED_SIZE).map(Dated::entry).toList();
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
