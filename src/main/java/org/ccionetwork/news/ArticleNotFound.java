package org.ccionetwork.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No article (or revision, page or resource) answers to the address asked for. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFound extends RuntimeException {

    private ArticleNotFound(String message) {
        super(message);
    }

    public static ArticleNotFound forSlug(String slug) {
        return new ArticleNotFound("No article " + slug);
    }

    public static ArticleNotFound forId(long id) {
        return new ArticleNotFound("No article #" + id);
    }
}
