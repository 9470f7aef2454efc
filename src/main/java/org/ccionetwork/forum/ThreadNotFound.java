package org.ccionetwork.forum;

/** No such thread, or none this reader may see: held or turned down, or in a category hidden from them. */
public final class ThreadNotFound extends RuntimeException {

    private ThreadNotFound(String message) {
        super(message, null, false, false);
    }

    public static ThreadNotFound forId(long id) {
        return new ThreadNotFound("No thread #" + id);
    }
}
