package org.ccionetwork.shared;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses parameters that no person types and PostgreSQL cannot store (NUL and other control characters, a
 * lone surrogate), with a 400, before any code sees them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class HostileInputFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        for (var entry : parameters.entrySet()) {
            if (!acceptable(entry.getKey())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            for (String value : entry.getValue()) {
                if (!acceptable(value)) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean acceptable(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
