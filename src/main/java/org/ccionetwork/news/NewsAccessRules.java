package org.ccionetwork.news;

import org.ccionetwork.shared.AccessRules;
import org.ccionetwork.shared.CsrfExemption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

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
                .requestMatchers(HttpMethod.POST, "/account/newsletter").authenticated()
                .requestMatchers("/news", "/news/*", "/news/topics/*", "/news/images/*").permitAll()
                .requestMatchers("/about", "/partners").permitAll()
                .requestMatchers("/resources", "/resources/*", "/resources/*/download").permitAll()
                .requestMatchers("/admin/news", "/admin/news/**", "/admin/resources", "/admin/resources/**")
                .hasAnyRole("EDITOR", "ADMIN");
    }

    /**
     * Mail programs post the one-click unsubscribe (RFC 8058) without a session, so without a CSRF token; the
     * signed token in the address proves the request comes from the email's recipient.
     */
    @Bean
    CsrfExemption oneClickUnsubscribe() {
        return new CsrfExemption("/news/newsletter/unsubscribe");
    }
}
