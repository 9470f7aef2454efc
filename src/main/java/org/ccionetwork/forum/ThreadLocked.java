package org.ccionetwork.forum;

/** A locked thread takes no more replies, and its posts no edits except by moderators. */
public final class ThreadLocked extends RuntimeException {

    private ThreadLocked(String message) {
        super(message, null, false, false);
    }

    public static ThreadLocked forId(long id) {
        return new ThreadLocked("Thread #" + id + " is locked");
    }
}
