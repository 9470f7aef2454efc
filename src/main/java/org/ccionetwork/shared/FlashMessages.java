package org.ccionetwork.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages live in the session, and Spring MVC looks for them on every request it dispatches. Static
 * files never show one, so for them it does not look: a signed-in member's stylesheet then costs no session
 * read (and no session write) in the database.
 */
@Configuration(proxyBeanMethods = false)
class FlashMessages {

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        var session = new SessionFlashMapManager();
        return new FlashMapManager() {
            @Override
            public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return Assets.isStaticFile(path) ? null : session.retrieveAndUpdate(request, response);
            }

            @Override
            public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
                session.saveOutputFlashMap(flashMap, request, response);
            }
        };
    }
}
