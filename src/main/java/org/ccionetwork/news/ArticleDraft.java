package org.ccionetwork.news;

import java.time.Instant;
import java.util.List;

/** What an editor saves: the article's content, rendered, and its publication. */
record ArticleDraft(String title, String standfirst, String bodyMarkdown, String bodyHtml, List<String> topics,
        ArticleStatus status, boolean membersOnly, boolean featured, Instant publishedAt) {
}
