package org.ccionetwork.campaign;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class CampaignAccessRules {

    @Bean
    AccessRules campaignRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/campaign", "/campaign/backers", "/campaign/back/confirm",
                        "/api/v1/campaign/stats", "/api/v1/campaign/appointments.csv").permitAll()
                .requestMatchers("/campaign/back").permitAll()
                .requestMatchers("/admin/backers", "/admin/backers/**").hasAnyRole("MODERATOR", "ADMIN");
    }
}
