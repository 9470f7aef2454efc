package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.TopicLabels;

/** The records behind the news templates, one per page. */
public final class NewsPages {

    private NewsPages() {
    }

    /** The list of articles, all or of one topic. */
    public record ListPage(PageOf<ArticleSummary> articles, String topic, String baseUrl, TopicLabels labels) {

        public String heading() {
            return topic == null ? "News" : "News about " + labels.label(topic);
        }
    }

    /** One article; the body only when the viewer may read it. */
    public record ArticlePage(Article article, List<ArticleSummary> related, boolean canReadBody, boolean editor,
            String state, TopicLabels labels) {

        public boolean published() {
            return "Published".equals(state);
        }
    }

    public record AdminListPage(PageOf<Article> articles, Instant now) {

        public String state(Article article) {
            return article.stateAt(now);
        }

        public String when(Article article) {
            return article.publishedAt() == null ? "" : Dates.dateTime(article.publishedAt());
        }
    }

    /** The editor's form, new ({@code id} null) or existing, with an optional preview of the body. */
    public record FormPage(Long id, String slug, String state, ArticleForm form, FormErrors errors, String preview,
            List<Topic> topics) {

        public String action() {
            return id == null ? "/admin/news" : "/admin/news/" + id;
        }

        public boolean isNew() {
            return id == null;
        }
    }

    public record RevisionsPage(Article article, List<ArticleRevision> revisions) {
    }

    public record RevisionPage(Article article, ArticleRevision revision, String html, TopicLabels labels) {
    }
}
