package org.ccionetwork.news;

/** No topic of the shared list, current or old, has the slug asked for. */
public final class TopicNotFound extends RuntimeException {

    private TopicNotFound(String message) {
        super(message, null, false, false);
    }

    public static TopicNotFound forSlug(String slug) {
        return new TopicNotFound("No topic " + slug);
    }
}
