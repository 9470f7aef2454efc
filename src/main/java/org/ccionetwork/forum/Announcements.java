package org.ccionetwork.forum;

import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.notifications.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells members about a post once it is published, whether at once or when a moderator approves it: the
 * followers of its thread or category, and the members it mentions. Runs in the caller's transaction.
 */
@Component
public class Announcements {

    private final Notifications notifications;
    private final PostRepository posts;
    private final MemberLookup members;

    Announcements(Notifications notifications, PostRepository posts, MemberLookup members) {
        this.notifications = notifications;
        this.posts = posts;
        this.members = members;
    }

    public void newThread(ThreadDetail thread, long postId, long authorId, String authorName, String body) {
        notifications.newThread(about(thread, postId, authorId, authorName), mentioned(body));
    }

    public void newReply(ThreadDetail thread, long postId, long authorId, String authorName, String body) {
        notifications.newReply(about(thread, postId, authorId, authorName), mentioned(body));
    }

    /** The author of a reply hears that the question's author (or a moderator) accepted it as the answer. */
    void accepted(ThreadDetail thread, long postId, Reader accepter, long replyAuthorId) {
        notifications.accepted(about(thread, postId, accepter.id(), accepter.name()), replyAuthorId);
    }

    private Set<Long> mentioned(String body) {
        return members.findActiveByNames(Mentions.candidates(body)).stream().map(MemberSummary::id)
                .collect(Collectors.toSet());
    }

    private Notifications.About about(ThreadDetail thread, long postId, long authorId, String authorName) {
        PostView post = posts.find(postId).orElseThrow();
        int page = post.position().orElseThrow() / ForumService.POSTS_PER_PAGE + 1;
        String link = thread.href() + (page > 1 ? "?page=" + page : "") + "#post-" + postId;
        return new Notifications.About(thread.id(), thread.title(), thread.category().id(), thread.category().name(),
                thread.category().chathamHouse(), postId, authorId,
                thread.category().chathamHouse() ? null : authorName, link);
    }
}
