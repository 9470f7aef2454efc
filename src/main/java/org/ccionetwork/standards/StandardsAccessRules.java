package org.ccionetwork.standards;

import org.ccionetwork.shared.AccessRules;
import org.ccionetwork.shared.CsrfExemption;
import org.ccionetwork.shared.Viewers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may use the standards routes. The national picture, the open data and the reminders' opt-out link are public;
 * a provider's status form is for its current verified CCIOs, moderators and administrators only (a former CCIO is
 * refused here, before any controller runs); the list of standards is for editors.
 */
@Configuration(proxyBeanMethods = false)
class StandardsAccessRules {

    static final String STATUS_FORM = "/organisations/{odsCode}/standards/{slug}";

    @Bean
    AccessRules standardsRoutes(StatusService statuses) {
        AuthorizationManager<RequestAuthorizationContext> mayChange = (authentication, context) -> {
            var viewer = Viewers.from(authentication.get());
            if (viewer.isEmpty()) {
                return new AuthorizationDecision(false);
            }
            if (viewer.get().isModerator()) {
                return new AuthorizationDecision(true);
            }
            String odsCode = context.getVariables().get("odsCode");
            try {
                return new AuthorizationDecision(statuses.maySet(viewer.get(), statuses.provider(odsCode)));
            } catch (RuntimeException notAProvider) {
                return new AuthorizationDecision(false);
            }
        };
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/standards", "/api/v1/standards", "/api/v1/standards/adoption.csv").permitAll()
                .requestMatchers(Reminders.PATH).permitAll()
                .requestMatchers(HttpMethod.POST, "/standards/reminders").authenticated()
                .requestMatchers(STATUS_FORM).access(mayChange)
                .requestMatchers("/admin/standards", "/admin/standards/**").hasAnyRole("EDITOR", "ADMIN");
    }

    /** Mail programs post the one-click opt-out (RFC 8058) without a session; the signed token is the proof. */
    @Bean
    CsrfExemption oneClickStandardsUnsubscribe() {
        return new CsrfExemption(Reminders.PATH);
    }
}
