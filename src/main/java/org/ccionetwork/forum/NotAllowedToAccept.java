package org.ccionetwork.forum;

/** Only the member who asked a question, or a moderator, accepts its answer. */
public final class NotAllowedToAccept extends RuntimeException {

    private NotAllowedToAccept(String message) {
        super(message, null, false, false);
    }

    public static NotAllowedToAccept answerIn(long threadId) {
        return new NotAllowedToAccept("Only the person who asked or a moderator may accept an answer in thread #"
                + threadId);
    }
}
