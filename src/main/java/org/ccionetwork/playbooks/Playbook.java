package org.ccionetwork.playbooks;

import java.time.Instant;

/** A playbook as stored; {@code revision} is the number of its latest revision. */
public record Playbook(long id, String slug, String title, String summary, String topicSlug, boolean membersOnly,
        boolean published, int revision, long createdBy, Instant createdAt, Instant updatedAt, Instant publishedAt,
        Instant announcedAt) {

    public String href() {
        return "/playbooks/" + slug;
    }
}
