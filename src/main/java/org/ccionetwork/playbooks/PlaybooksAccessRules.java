package org.ccionetwork.playbooks;

import org.ccionetwork.shared.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use the playbooks' routes. Reading is public (members-only playbooks and quotes are decided by the
 * service); the editor, revisions, quoting, a member's own page and suggesting need a signed-in member, and the
 * service lets in only editors and the playbook's co-authors; the queue of suggestions is for editors.
 */
@Configuration(proxyBeanMethods = false)
class PlaybooksAccessRules {

    @Bean
    AccessRules playbooksRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/playbooks/new", "/playbooks/mine", "/playbooks/quote",
                        "/playbooks/*/edit", "/playbooks/*/revisions", "/playbooks/*/compare").authenticated()
                .requestMatchers(HttpMethod.GET, "/playbooks", "/playbooks/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/playbooks", "/playbooks/**").authenticated()
                .requestMatchers("/admin/playbooks/**").hasAnyRole("EDITOR", "ADMIN");
    }
}
