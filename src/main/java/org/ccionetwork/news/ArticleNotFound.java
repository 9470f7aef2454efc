package org.ccionetwork.news;

/** No article answers to the address asked for, or the viewer may not know it exists yet (a draft). */
public final class ArticleNotFound extends RuntimeException {

    private ArticleNotFound(String message) {
        super(message, null, false, false);
    }

    public static ArticleNotFound forSlug(String slug) {
        return new ArticleNotFound("No article " + slug);
    }

    public static ArticleNotFound forId(long id) {
        return new ArticleNotFound("No article #" + id);
    }

    public static ArticleNotFound forRevision(long id, long revisionId) {
        return new ArticleNotFound("No revision " + revisionId + " of article #" + id);
    }
}
