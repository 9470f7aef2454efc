package org.ccionetwork.forum.search;

import java.util.List;

import org.ccionetwork.forum.Category;
import org.ccionetwork.shared.FormErrors;

/** The search page: the filters as asked, the categories to choose from, and the hits. */
public record SearchPage(String q, String category, String author, String since, boolean questions,
        List<Category> categories, List<SearchHit> hits, boolean searched, FormErrors errors) {
}
