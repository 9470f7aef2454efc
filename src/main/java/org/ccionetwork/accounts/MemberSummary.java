package org.ccionetwork.accounts;

import java.time.Instant;
import java.util.Set;

/** A member as other modules and the administration pages see them. */
public record MemberSummary(long id, String name, String email, String profession, String organisation,
        MemberStatus status, Instant suspendedUntil, String suspensionReason, boolean verified, Instant joinedAt,
        Set<Role> roles) {

    static MemberSummary of(Member member) {
        return new MemberSummary(member.id(), member.name(), member.email(), member.profession().label(),
                member.organisationName(), member.status(), member.suspendedUntil(), member.suspensionReason(),
                member.verified(), member.createdAt(), member.roles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean suspended() {
        return status == MemberStatus.SUSPENDED;
    }
}
