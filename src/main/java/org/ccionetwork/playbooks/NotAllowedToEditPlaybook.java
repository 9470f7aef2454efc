package org.ccionetwork.playbooks;

/** Only editors and the playbook's co-authors edit it; only editors publish, invite and choose who reads it. */
public final class NotAllowedToEditPlaybook extends RuntimeException {

    private NotAllowedToEditPlaybook(String message) {
        super(message, null, false, false);
    }

    public static NotAllowedToEditPlaybook playbook(String slug) {
        return new NotAllowedToEditPlaybook("Not an editor or co-author of " + slug);
    }
}
