package org.ccionetwork.admin;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class AdminAccessRules {

    @Bean
    AccessRules adminRoutes() {
        return routes -> routes
                .requestMatchers("/admin").hasAnyRole("ADMIN", "MODERATOR", "EDITOR")
                .requestMatchers(HttpMethod.POST, "/admin/members/*/roles").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/admin/members/*/second-factor/reset").hasRole("ADMIN")
                .requestMatchers("/admin/members", "/admin/members/**").hasAnyRole("ADMIN", "MODERATOR")
                .requestMatchers("/admin/audit", "/admin/outbox", "/admin/outbox/**").hasRole("ADMIN");
    }
}
