package org.ccionetwork.news;

import org.ccionetwork.shared.Feeds.Format;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * Atom and RSS feeds of the newest public articles. A client that sends back the ETag or Last-Modified it was
 * given gets 304 until an article is published, edited, or its scheduled time comes.
 */
@Controller
class FeedController {

    private final NewsFeeds feeds;

    FeedController(NewsFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/news/feed.atom")
    ResponseEntity<String> atom(WebRequest request) {
        return feed(Format.ATOM, request);
    }

    @GetMapping("/news/feed.rss")
    ResponseEntity<String> rss(WebRequest request) {
        return feed(Format.RSS, request);
    }

    private ResponseEntity<String> feed(Format format, WebRequest request) {
        var version = feeds.version(format);
        if (request.checkNotModified(version.etag(), version.lastModified())) {
            return null;
        }
        var response = ResponseEntity.ok().contentType(format.mediaType()).eTag(version.etag())
                .cacheControl(CacheControl.noCache());
        if (version.lastModified() > 0) {
            response.lastModified(version.lastModified());
        }
        return response.body(feeds.xml(version));
    }
}
