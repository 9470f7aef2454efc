package org.ccionetwork.forum;

/**
 * What a reader may do in a thread, decided once: the service refuses what these say no to, and the thread page
 * offers only what they say yes to.
 */
public record ThreadPermissions(long readerId, boolean moderator, long threadAuthorId, boolean question,
        boolean locked) {

    static ThreadPermissions of(Reader reader, ThreadDetail thread) {
        return new ThreadPermissions(reader.id(), reader.moderator(), thread.authorId(), thread.question(),
                thread.locked());
    }

    /** Its author while the thread is open, or a moderator at any time. */
    public boolean mayEdit(PostView post) {
        return (post.authorId() == readerId && !locked) || moderator;
    }

    /** A reply to a question, by the member who asked or a moderator (accepting again withdraws it). */
    public boolean mayAccept(PostView post) {
        return question && post.position().orElse(0) > 0 && (threadAuthorId == readerId || moderator);
    }

    /** Liking and reporting are for other members' posts. */
    public boolean mayLike(PostView post) {
        return post.authorId() != readerId;
    }

    public boolean mayReport(PostView post) {
        return post.authorId() != readerId;
    }

    /** Moderators lock threads, read hidden posts and the history of edited ones. */
    public boolean mayModerate() {
        return moderator;
    }
}
