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

    private final long id;
    private final String name;
    private final Set<String> roles;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    MemberPrincipal(long id, String name, Set<String> roles, String passwordHash, boolean enabled, boolean locked,
            boolean mustChangePassword) {
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
        return new MemberPrincipal(id, name, roles, null, enabled, locked, false);
    }

    MemberPrincipal withName(String name) {
        return new MemberPrincipal(id, name, roles, null, enabled, locked, mustChangePassword);
    }

    long id() {
        return id;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Viewer viewer() {
        return new Viewer(id, name, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
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
