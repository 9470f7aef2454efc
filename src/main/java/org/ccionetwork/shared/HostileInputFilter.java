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
 * lone surrogate), with a 400, before any code sees them; takes the bidirectional override controls out of the
 * rest.
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
        chain.doFilter(hasBidiControls(parameters) ? new WithoutBidiControls(request) : request, response);
    }

    /**
     * The bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069): in a name
     * or title they make "abc\u202Egnp.exe" read as "abcexe.png". Nobody types them; they are taken out of every
     * parameter. The marks that right-to-left writing needs (U+200E, U+200F) stay.
     */
    static String withoutBidiControls(String value) {
        return value == null ? null : BIDI_CONTROLS.matcher(value).replaceAll("");
    }

    private static final java.util.regex.Pattern BIDI_CONTROLS = java.util.regex.Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    private static boolean hasBidiControls(Map<String, String[]> parameters) {
        return parameters.values().stream().flatMap(java.util.Arrays::stream)
                .anyMatch(value -> value != null && BIDI_CONTROLS.matcher(value).find());
    }

    private static final class WithoutBidiControls extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithoutBidiControls(HttpServletRequest request) {
            super(request);
            var clean = new java.util.LinkedHashMap<String, String[]>();
            request.getParameterMap().forEach((name, values) -> clean.put(name,
                    java.util.Arrays.stream(values).map(HostileInputFilter::withoutBidiControls).toArray(String[]::new)));
            this.parameters = java.util.Collections.unmodifiableMap(clean);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }
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
