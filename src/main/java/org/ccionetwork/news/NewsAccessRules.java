package org.ccionetwork.news;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsAccessRules {

    /**
     * Reading is open to everyone; members-only bodies and files are checked in the controllers, since the
     * same address serves the public and the members' version.
     */
    @Bean
    AccessRules newsRoutes() {
        return routes -> routes
                .requestMatchers("/news/newsletter/unsubscribe").permitAll()
                .requestMatchers("/news/newsletter").authenticated()
                .requestMatchers("/news", "/news/*", "/news/topics/*", "/news/images/*").permitAll()
                .requestMatchers("/about", "/partners").permitAll()
                .requestMatchers("/resources", "/resources/*", "/resources/*/download").permitAll()
                .requestMatchers("/admin/news", "/admin/news/**", "/admin/resources", "/admin/resources/**")
                .hasAnyRole("EDITOR", "ADMIN");
    }
}
