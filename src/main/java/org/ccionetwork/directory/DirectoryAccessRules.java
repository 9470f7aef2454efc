package org.ccionetwork.directory;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Profile pages, the people API and vacancies are public (each shows only what its viewer may see); editors change vacancies. */
@Configuration(proxyBeanMethods = false)
class DirectoryAccessRules {

    @Bean
    AccessRules directoryRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/people/*", "/api/v1/people", "/api/v1/people/*").permitAll()
                .requestMatchers("/vacancies/new", "/vacancies/*/edit", "/vacancies/*/withdraw").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/vacancies", "/vacancies/*").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/vacancies", "/vacancies/feed.atom", "/vacancies/*", "/api/v1/vacancies").permitAll()
                .requestMatchers("/mentoring/offer").hasRole("CCIO")
                .requestMatchers("/directory", "/directory/profile", "/mentoring", "/mentoring/**").authenticated()
                .requestMatchers("/admin/mentoring").hasRole("ADMIN");
    }
}
