package org.ccionetwork.forum;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What can go wrong in the forum, as facts; each becomes the matching error page or problem JSON. */
final class ForumErrors {

    private ForumErrors() {
    }

    /** Nothing there, or nothing this reader may see (sponsors' staff and Chatham House alike). */
    static final class NotFound extends ResponseStatusException {
        private NotFound(String what) {
            super(HttpStatus.NOT_FOUND, what);
        }

        static NotFound thread(long id) {
            return new NotFound("No thread #" + id);
        }

        static NotFound post(long id) {
            return new NotFound("No post #" + id);
        }

        static NotFound category(String slug) {
            return new NotFound("No category " + slug);
        }

        static NotFound heldPost(long id) {
            return new NotFound("No post #" + id + " waiting for a moderator");
        }

        static NotFound report(long id) {
            return new NotFound("No open report #" + id);
        }
    }

    static final class NotAllowed extends ResponseStatusException {
        private NotAllowed(String why) {
            super(HttpStatus.FORBIDDEN, why);
        }

        static NotAllowed because(String why) {
            return new NotAllowed(why);
        }
    }

    /** A locked thread takes no more replies. */
    static final class ThreadLocked extends ResponseStatusException {
        ThreadLocked(long id) {
            super(HttpStatus.CONFLICT, "Thread #" + id + " is locked");
        }
    }

    /** A member posting faster than the limits allow; the forms show the message beside the post. */
    static final class TooManyPosts extends ResponseStatusException {
        private final String advice;

        TooManyPosts(String advice) {
            super(HttpStatus.TOO_MANY_REQUESTS, advice);
            this.advice = advice;
        }

        String advice() {
            return advice;
        }
    }
}
