package org.ccionetwork.forum;

/** An event's discussion thread as the event page links to it, with its number of replies. */
public record EventDiscussion(long eventId, long threadId, String threadSlug, String categoryName, int replyCount,
        boolean locked) {

    public String href() {
        return "/community/t/" + threadId + "/" + threadSlug;
    }

    /** "No replies yet", "1 reply", "12 replies". */
    public String replies() {
        return replyCount == 0 ? "No replies yet" : replyCount == 1 ? "1 reply" : replyCount + " replies";
    }
}
