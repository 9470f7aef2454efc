package org.ccionetwork.news.pages;

import java.time.Instant;

/** One of the network's own pages (about, partners), written in Markdown and stored rendered. */
public record NetworkPage(String slug, String title, String bodyMarkdown, String bodyHtml, Instant updatedAt) {
}
