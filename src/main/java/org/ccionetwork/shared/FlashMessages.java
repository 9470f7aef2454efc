package org.ccionetwork.shared;

import java.util.List;

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

    private static final List<String> STATIC_PREFIXES = List.of("/assets/", "/webjars/");

    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        var session = new SessionFlashMapManager();
        return new FlashMapManager() {
            @Override
            public FlashMap retrieveAndUpdate(HttpServletRequest request, HttpServletResponse response) {
                return isStaticFile(request) ? null : session.retrieveAndUpdate(request, response);
            }

            @Override
            public void saveOutputFlashMap(FlashMap flashMap, HttpServletRequest request, HttpServletResponse response) {
                session.saveOutputFlashMap(flashMap, request, response);
            }
        };
    }

    private static boolean isStaticFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
