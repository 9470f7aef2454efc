package org.ccionetwork.forum.search;

/** A forum search was still running at the timeout and was cancelled; the member is asked to narrow it. */
class SearchTookTooLong extends RuntimeException {

    SearchTookTooLong(String query, Throwable cause) {
        super("The forum search for \"" + query + "\" was cancelled at the timeout", cause);
    }
}
