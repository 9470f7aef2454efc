package org.ccionetwork.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles that follow from facts other modules hold: a verified CCIO appointment makes a member a CCIO. The
 * calling module decides and audits; this only records the role, in the caller's transaction. A granted role
 * applies from the member's next sign-in; a withdrawn one signs them out at once.
 */
@Service
public class MemberRoles {

    private final MemberRepository members;
    private final SignedInSessions sessions;

    MemberRoles(MemberRepository members, SignedInSessions sessions) {
        this.members = members;
        this.sessions = sessions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void grant(long memberId, Role role) {
        members.addRole(memberId, role);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withdraw(long memberId, Role role) {
        if (role == Role.MEMBER) {
            throw new IllegalArgumentException("Every member keeps the Member role");
        }
        members.removeRole(memberId, role);
        sessions.signOut(memberId, null);
    }
}
