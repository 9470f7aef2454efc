package org.ccionetwork.news;

/** Whether an article is a draft or released for publication (at once or at a future time). */
public enum ArticleStatus {
    DRAFT, PUBLISHED
}
