package org.ccionetwork.topics;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TopicsAccessRules {

    @Bean
    AccessRules topicRoutes() {
        return routes -> routes.requestMatchers("/admin/topics", "/admin/topics/**").hasAnyRole("EDITOR", "ADMIN");
    }
}
