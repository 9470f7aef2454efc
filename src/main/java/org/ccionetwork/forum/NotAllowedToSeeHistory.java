package org.ccionetwork.forum;

/** Only moderators see the earlier versions of a post. */
public final class NotAllowedToSeeHistory extends RuntimeException {

    private NotAllowedToSeeHistory(String message) {
        super(message, null, false, false);
    }

    public static NotAllowedToSeeHistory ofPost(long id) {
        return new NotAllowedToSeeHistory("Only moderators see the history of post #" + id);
    }
}
