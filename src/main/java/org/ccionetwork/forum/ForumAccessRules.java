package org.ccionetwork.forum;

import java.time.Clock;
import java.time.Instant;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberStatus;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.notifications.EmailUnsubscribe;
import org.ccionetwork.shared.AccessRules;
import org.ccionetwork.shared.CsrfExemption;
import org.ccionetwork.shared.Viewers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The forum is for active members only. A suspension signs a member out everywhere, but a session that
 * slipped through (or a suspension that began after sign-in) must still get nothing, so every forum request
 * checks the member's current status. The one exception is the unsubscribe link in forum emails, which lives
 * outside /community and answers anyone holding a valid link, suspended members included.
 */
@Configuration(proxyBeanMethods = false)
public class ForumAccessRules {

    /** Whether the member may use the forum now: active, or at the end of a suspension. */
    public static boolean active(MemberSummary member, Instant now) {
        return member.status() == MemberStatus.ACTIVE || (member.status() == MemberStatus.SUSPENDED
                && member.suspendedUntil() != null && !member.suspendedUntil().isAfter(now));
    }

    @Bean
    AccessRules forumRoutes(MemberLookup members, Clock clock) {
        AuthorizationManager<RequestAuthorizationContext> activeMember = (authentication, context) -> {
            var viewer = Viewers.from(authentication.get());
            boolean active = viewer.flatMap(v -> members.find(v.id())).filter(m -> active(m, clock.instant())).isPresent();
            return new AuthorizationDecision(active);
        };
        AuthorizationManager<RequestAuthorizationContext> activeModerator = AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAnyRole("ADMIN", "MODERATOR"), activeMember);
        AuthorizationManager<RequestAuthorizationContext> activeAdmin = AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole("ADMIN"), activeMember);
        return routes -> routes
                .requestMatchers(EmailUnsubscribe.PATH).permitAll()
                .requestMatchers("/community", "/community/**", "/api/v1/community/**").access(activeMember)
                .requestMatchers("/notifications", "/notifications/**").access(activeMember)
                .requestMatchers("/admin/reports", "/admin/reports/**").access(activeModerator)
                .requestMatchers("/admin/community/**").access(activeAdmin);
    }

    /**
     * Mail programs post the one-click unsubscribe (RFC 8058) without a session, so without a CSRF token; the
     * signed token in the address proves the request comes from the email's recipient.
     */
    @Bean
    CsrfExemption oneClickForumUnsubscribe() {
        return new CsrfExemption(EmailUnsubscribe.PATH);
    }
}
