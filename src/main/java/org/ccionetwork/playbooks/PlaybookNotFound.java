package org.ccionetwork.playbooks;

/** No such playbook, or a draft the viewer may not see. */
public final class PlaybookNotFound extends RuntimeException {

    private PlaybookNotFound(String message) {
        super(message, null, false, false);
    }

    public static PlaybookNotFound forSlug(String slug) {
        return new PlaybookNotFound("No playbook " + slug);
    }

    public static PlaybookNotFound part(long id) {
        return new PlaybookNotFound("No such part #" + id);
    }
}
