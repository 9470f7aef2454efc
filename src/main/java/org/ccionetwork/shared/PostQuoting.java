package org.ccionetwork.shared;

/**
 * Quoting peer-support posts elsewhere (into playbooks), so that the forum's thread page can offer "Add to a
 * playbook" and "This belongs in a playbook" without knowing the module that quotes.
 */
public interface PostQuoting {

    /** Whether the viewer may quote posts: at most one statement. */
    boolean mayQuote(Viewer viewer);

    /** The page where the viewer chooses where a post goes, from the root. */
    String quoteHref(long postId);

    /** Where the form "This belongs in a playbook" posts a thread's {@code thread} number, from the root. */
    String suggestAction();
}
