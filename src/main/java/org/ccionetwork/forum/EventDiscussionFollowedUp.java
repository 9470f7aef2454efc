package org.ccionetwork.forum;

/**
 * An event's discussion thread got its first reply after the event ended ("slides and follow-up"); the events
 * module tells the members who had a place. Published once per event: the forum records when it happened.
 *
 * @param link the reply's address on the site, from the root ({@code /community/t/…#post-…})
 */
public record EventDiscussionFollowedUp(long eventId, String eventTitle, long threadId, long postId, String link) {
}
