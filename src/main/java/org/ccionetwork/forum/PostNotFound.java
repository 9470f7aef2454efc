package org.ccionetwork.forum;

/** No such post, or none this reader may see (or act on: held posts take no likes, answers or reports). */
public final class PostNotFound extends RuntimeException {

    private PostNotFound(String message) {
        super(message, null, false, false);
    }

    public static PostNotFound forId(long id) {
        return new PostNotFound("No post #" + id);
    }
}
