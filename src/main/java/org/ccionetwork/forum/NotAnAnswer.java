package org.ccionetwork.forum;

/** Only a reply to a question can be accepted as its answer: not a first post, not a reply to a discussion. */
public final class NotAnAnswer extends RuntimeException {

    private NotAnAnswer(String message) {
        super(message, null, false, false);
    }

    public static NotAnAnswer post(long id) {
        return new NotAnAnswer("Post #" + id + " is not a reply to a question: only such a reply can be its answer");
    }
}
