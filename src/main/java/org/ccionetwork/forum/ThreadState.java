package org.ccionetwork.forum;

/** Where a thread stands with the moderators, following its first post; stored by name in {@code forum.thread.state}. */
public enum ThreadState {
    /** Held with its first post: seen by its author (in their own list) and moderators only. */
    PENDING,
    /** Listed, counted and searchable. */
    PUBLISHED,
    /** Its first post was turned down: seen by its author and moderators only. */
    REJECTED
}
