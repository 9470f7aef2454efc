package org.ccionetwork.site;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteAccessRules {

    @Bean
    AccessRules siteRoutes() {
        return routes -> routes.requestMatchers("/", "/search", "/api/v1/search").permitAll();
    }
}
