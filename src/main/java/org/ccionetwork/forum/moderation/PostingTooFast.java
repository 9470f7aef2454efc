package org.ccionetwork.forum.moderation;

/**
 * A member posting faster than the limits allow. The forms show {@link #getMessage()} beside the post, keeping
 * what the member typed.
 */
public final class PostingTooFast extends RuntimeException {

    private PostingTooFast(String message) {
        super(message, null, false, false);
    }

    public static PostingTooFast perMinute(int limit) {
        return new PostingTooFast("You can post " + times(limit) + " a minute. Wait a minute, "
                + "then post again: what you wrote is still here.");
    }

    /** The limit per hour, lower while the member's first posts wait for a moderator. */
    public static PostingTooFast perHour(int limit, boolean held) {
        return new PostingTooFast("You can post " + times(limit) + " an hour"
                + (held ? " while your first posts wait for a moderator" : "")
                + ". Please try again later: what you wrote is still here.");
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }
}
