package org.ccionetwork.topics;

/** No topic has this slug. */
public final class TopicNotFound extends RuntimeException {

    private TopicNotFound(String message) {
        super(message, null, false, false);
    }

    public static TopicNotFound forSlug(String slug) {
        return new TopicNotFound("No topic " + slug);
    }
}
