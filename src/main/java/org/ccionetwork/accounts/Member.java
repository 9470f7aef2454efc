package org.ccionetwork.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * A person with an account. After erasure only the id remains, with the name "Former member", so what they
 * wrote elsewhere still has an author to show.
 */
public record Member(long id, String email, String name, String passwordHash, Profession profession,
        String organisationName, MemberStatus status, Instant suspendedUntil, String suspensionReason,
        Instant emailVerifiedAt, boolean mustChangePassword, Instant createdAt, Set<Role> roles) {

    public Member {
        roles = Set.copyOf(roles);
    }

    public boolean verified() {
        return emailVerifiedAt != null;
    }

    public boolean deleted() {
        return status == MemberStatus.DELETED;
    }

    /** Suspended now; a suspension whose end has passed no longer counts. */
    public boolean suspendedAt(Instant now) {
        return status == MemberStatus.SUSPENDED && (suspendedUntil == null || suspendedUntil.isAfter(now));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
