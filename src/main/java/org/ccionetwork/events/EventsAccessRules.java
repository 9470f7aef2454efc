package org.ccionetwork.events;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the events routes. The programme and calendars are public (a private feed is guarded by its
 * secret address; slides and notes files follow the event page); registering and feedback need a signed-in member; the editors' pages need an editor.
 * {@code /account/events/**} and {@code /account/cpd} fall under the accounts module's rule for {@code /account/**}.
 */
@Configuration(proxyBeanMethods = false)
class EventsAccessRules {

    @Bean
    AccessRules eventsRoutes() {
        return routes -> routes
                .requestMatchers("/events/*/feedback").authenticated()
                .requestMatchers(HttpMethod.GET, "/events", "/events/*", "/events/feed/*", "/events/*/materials/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/events/*/register", "/events/*/cancel").authenticated()
                .requestMatchers("/admin/events", "/admin/events/**").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers(HttpMethod.GET, "/api/v1/events", "/api/v1/events/*").permitAll();
    }
}
