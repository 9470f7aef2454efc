package org.ccionetwork.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.PageOf;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to members: find them, change their roles, suspend and reinstate. Every change is audited
 * and signs the member out everywhere, so it takes effect at once on every instance.
 */
@Service
public class MemberAdministration {

    private final MemberRepository members;
    private final SignedInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    MemberAdministration(MemberRepository members, SignedInSessions sessions, AuditLog audit, Clock clock) {
        this.members = members;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    public PageOf<MemberSummary> search(String query, Role role, int page) {
        int size = 25;
        String q = query == null || query.isBlank() ? null : query.strip();
        long offset = (long) (page - 1) * size;
        return new PageOf<>(members.search(q, role, offset, size).stream().map(MemberSummary::of).toList(),
                page, size, members.count(q, role));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    public Optional<MemberSummary> find(long id) {
        return members.findById(id).filter(m -> !m.deleted()).map(MemberSummary::of);
    }

    /** Replaces the member's roles; an administrator cannot remove their own administrator role. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRoles(long actorId, long memberId, Set<Role> roles) {
        Member member = members.findById(memberId).filter(m -> !m.deleted()).orElseThrow(() -> MemberNotFound.forId(memberId));
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        wanted.add(Role.MEMBER);
        if (actorId == memberId && !wanted.contains(Role.ADMIN)) {
            throw new AccessDeniedException("Administrators cannot remove their own administrator role");
        }
        if (wanted.equals(member.roles())) {
            return;
        }
        members.setRoles(memberId, wanted);
        sessions.signOut(memberId, null);
        audit.record("ROLES_CHANGED", "member #" + memberId + " (" + member.name() + ")",
                names(member.roles()) + " → " + names(wanted));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    public void suspend(long actorId, long memberId, Instant until, String reason) {
        Member member = members.findById(memberId).filter(m -> !m.deleted()).orElseThrow(() -> MemberNotFound.forId(memberId));
        if (actorId == memberId) {
            throw new AccessDeniedException("You cannot suspend yourself");
        }
        if (member.has(Role.ADMIN) && !callerIsAdmin()) {
            throw new AccessDeniedException("Only administrators can suspend an administrator");
        }
        members.suspend(memberId, until, reason, clock.instant());
        sessions.signOut(memberId, null);
        audit.record("MEMBER_SUSPENDED", "member #" + memberId + " (" + member.name() + ")",
                (until == null ? "until further notice" : "until " + org.ccionetwork.shared.Dates.date(until)) + ": " + reason);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    public void reinstate(long memberId) {
        Member member = members.findById(memberId).filter(m -> !m.deleted()).orElseThrow(() -> MemberNotFound.forId(memberId));
        members.reinstate(memberId, clock.instant());
        audit.record("MEMBER_REINSTATED", "member #" + memberId + " (" + member.name() + ")", null);
    }

    private static boolean callerIsAdmin() {
        return org.ccionetwork.shared.Viewers.current().map(v -> v.isAdmin()).orElse(false);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
