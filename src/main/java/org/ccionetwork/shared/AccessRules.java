package org.ccionetwork.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for its routes. The security configuration applies every module's rules and
 * then denies whatever no rule allowed, so each route needs an explicit rule.
 */
@FunctionalInterface
public interface AccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);
}
