package org.ccionetwork.forum;

/** An editor tried to link an event to a thread that is already another event's discussion. */
public final class ThreadAlreadyDiscussesAnEvent extends RuntimeException {

    private ThreadAlreadyDiscussesAnEvent(String message) {
        super(message, null, false, false);
    }

    public static ThreadAlreadyDiscussesAnEvent thread(long threadId) {
        return new ThreadAlreadyDiscussesAnEvent("Thread #" + threadId + " is already the discussion of another event");
    }
}
