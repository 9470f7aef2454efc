package org.ccionetwork.accounts;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a member by id (sessions, remember-me) or by email address (the sign-in form). */
@Service
class MemberDetailsService implements UserDetailsService {

    private final MemberRepository members;
    private final Clock clock;

    MemberDetailsService(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var member = username != null && username.matches("\\d{1,18}")
                ? members.findById(Long.parseLong(username))
                : members.findByEmail(username);
        return member.filter(m -> !m.deleted())
                .map(m -> MemberPrincipal.of(m, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }
}
