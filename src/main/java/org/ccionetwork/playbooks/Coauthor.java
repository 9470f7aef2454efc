package org.ccionetwork.playbooks;

import java.time.Instant;

/** A member invited to co-write a playbook; they edit once {@code acceptedAt} is set. */
public record Coauthor(long memberId, String name, Instant invitedAt, Instant acceptedAt) {

    Coauthor named(String name) {
        return new Coauthor(memberId, name, invitedAt, acceptedAt);
    }

    public boolean accepted() {
        return acceptedAt != null;
    }
}
