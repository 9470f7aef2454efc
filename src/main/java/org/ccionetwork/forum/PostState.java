package org.ccionetwork.forum;

/** Where a post stands with the moderators; stored by name in {@code forum.post.state}. */
public enum PostState {
    /** Held: a new member's post waiting for a moderator, seen by its author and moderators only. */
    PENDING,
    /** Seen by every member who may see its thread. */
    PUBLISHED,
    /** Turned down by a moderator, with the reason its author was told. */
    REJECTED
}
