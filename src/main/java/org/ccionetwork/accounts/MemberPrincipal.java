package org.ccionetwork.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.shared.Viewer;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in member as Spring Security holds them in the session. The username is the member id, so
 * sessions and remember-me tokens stay attached to the person when their email address changes.
 */
final class MemberPrincipal implements UserDetails, CredentialsContainer, Viewer.Source {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Spring Security's factor authority this platform grants for a passed second factor. */
    static final String SECOND_FACTOR = "FACTOR_SECOND";

    private final long id;
    private final String name;
    private final Set<String> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final boolean secondFactor;
    private String passwordHash;

    MemberPrincipal(long id, String name, Set<String> roles, String passwordHash, boolean enabled, boolean locked,
            boolean mustChangePassword) {
        this(id, name, roles, passwordHash, enabled, locked, mustChangePassword, false);
    }

    private MemberPrincipal(long id, String name, Set<String> roles, String passwordHash, boolean enabled, boolean locked,
            boolean mustChangePassword, boolean secondFactor) {
        this.secondFactor = secondFactor;
        this.id = id;
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    static MemberPrincipal of(Member member, java.time.Instant now) {
        return new MemberPrincipal(member.id(), member.name(),
                member.roles().stream().map(Role::name).collect(Collectors.toSet()), member.passwordHash(),
                member.verified() && !member.deleted() && member.passwordHash() != null, member.suspendedAt(now),
                member.mustChangePassword());
    }

    MemberPrincipal withPasswordChanged(String name) {
        return new MemberPrincipal(id, name, roles, null, enabled, locked, false, secondFactor);
    }

    MemberPrincipal withName(String name) {
        return new MemberPrincipal(id, name, roles, null, enabled, locked, mustChangePassword, secondFactor);
    }

    /** This session has passed a second factor: the staff roles now count (see {@link #effectiveRoles()}). */
    MemberPrincipal withSecondFactor() {
        return new MemberPrincipal(id, name, roles, null, enabled, locked, mustChangePassword, true);
    }

    /** A staff member (admin, moderator, editor) whose session has not passed a second factor yet. */
    boolean needsSecondFactor() {
        return !secondFactor && roles.stream().anyMatch(MemberPrincipal::staff);
    }

    boolean passedSecondFactor() {
        return secondFactor;
    }

    /**
     * The roles this session may use: a staff role only once the second factor is passed, so every staff page
     * and every staff power (which all ask for these roles) waits for it, while member pages keep working.
     */
    private Set<String> effectiveRoles() {
        return secondFactor ? roles : roles.stream().filter(role -> !staff(role)).collect(Collectors.toSet());
    }

    private static boolean staff(String role) {
        for (Role staff : Role.values()) {
            if (staff.isStaff() && staff.name().equals(role)) {
                return true;
            }
        }
        return false;
    }

    long id() {
        return id;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Viewer viewer() {
        return new Viewer(id, name, effectiveRoles());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new java.util.ArrayList<GrantedAuthority>();
        effectiveRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        if (secondFactor) {
            authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority.fromAuthority(SECOND_FACTOR));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return Long.toString(id);
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "MemberPrincipal[" + id + "]";
    }
}
