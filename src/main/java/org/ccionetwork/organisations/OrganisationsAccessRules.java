package org.ccionetwork.organisations;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class OrganisationsAccessRules {

    @Bean
    AccessRules organisationsRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/organisations", "/api/v1/organisations", "/api/v1/organisations.csv").permitAll()
                .requestMatchers("/organisations/appointments/**", "/organisations/*/claim").authenticated()
                .requestMatchers(HttpMethod.GET, "/organisations/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/partners/*/logo").permitAll()
                .requestMatchers("/admin/partners", "/admin/partners/**").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/admin/appointments", "/admin/appointments/**").hasAnyRole("MODERATOR", "ADMIN")
                .requestMatchers("/admin/organisations", "/admin/organisations/**").hasRole("ADMIN");
    }
}
