package org.ccionetwork.shared;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes out of every parameter what no person types and PostgreSQL cannot store (NUL and the other control
 * characters, a lone surrogate, bytes that are not UTF-8) before any code sees it, and names the fields it
 * changed in {@link #UNREADABLE} so that the form answers with a message beside each ({@link UnreadableCharacters}).
 * Form bodies are decoded here, leniently, because the server's own decoding gives up on the whole request at
 * the first bad byte. The bidirectional override controls are taken out of every parameter silently.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class HostileInputFilter extends OncePerRequestFilter {

    /** Request attribute: the {@code Set<String>} of parameter names whose characters were taken out. */
    static final String UNREADABLE = HostileInputFilter.class.getName() + ".unreadable";

    /** The server's own limit on a form body (Tomcat's maxPostSize). */
    private static final int MAX_FORM_BYTES = 2 * 1024 * 1024;

    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        Set<String> unreadable = new LinkedHashSet<>();
        byte[] body = isFormBody(request) ? request.getInputStream().readNBytes(MAX_FORM_BYTES + 1) : new byte[0];
        if (body.length > MAX_FORM_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            // Having read the form body, the server parses only the query string here.
            parameters = request.getParameterMap();
        } catch (RuntimeException e) {
            if (request.getQueryString() == null || (body.length == 0 && request.getContentType() != null)) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            parameters = FormDecoding.decode(request.getQueryString(), charsetOf(request), unreadable);
        }
        if (body.length > 0) {
            // The body's values stand for their names (a test's mock request has parsed them already, less well).
            Map<String, String[]> both = new LinkedHashMap<>(parameters);
            both.putAll(FormDecoding.decode(new String(body, StandardCharsets.ISO_8859_1), charsetOf(request), unreadable));
            parameters = both;
        }
        Map<String, String[]> clean = new LinkedHashMap<>();
        boolean changed = !unreadable.isEmpty() || body.length > 0;
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            String cleanName = storable(withoutBidiControls(name));
            if (!cleanName.equals(name)) {
                changed = true;
            }
            String[] values = entry.getValue().clone();
            for (int i = 0; i < values.length; i++) {
                String value = values[i];
                String stored = storable(value);
                String cleanValue = withoutBidiControls(stored);
                if (value != null && !cleanValue.equals(value)) {
                    changed = true;
                    if (!stored.equals(value)) {
                        unreadable.add(cleanName);
                    }
                    values[i] = cleanValue;
                }
            }
            clean.merge(cleanName, values, HostileInputFilter::concat);
        }
        if (!unreadable.isEmpty()) {
            request.setAttribute(UNREADABLE, Collections.unmodifiableSet(unreadable));
        }
        chain.doFilter(changed ? new CleanParameters(request, clean) : request, response);
    }

    private static boolean isFormBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && !"GET".equals(request.getMethod());
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * The bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069): in a name
     * or title they make "abc\u202Egnp.exe" read as "abcexe.png". Nobody types them; they are taken out of every
     * parameter. The marks that right-to-left writing needs (U+200E, U+200F) stay.
     */
    static String withoutBidiControls(String value) {
        return value == null ? null : BIDI_CONTROLS.matcher(value).replaceAll("");
    }

    /** The value without the control characters other than tab and line breaks, and without lone surrogates. */
    static String storable(String value) {
        if (value == null || acceptable(value)) {
            return value;
        }
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    kept.append(c).append(value.charAt(++i));
                }
                continue;
            }
            if (!Character.isLowSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
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

    /** The request with the cleaned parameters in place of the server's own. */
    private static final class CleanParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        CleanParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = Collections.unmodifiableMap(parameters);
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
            return Collections.enumeration(parameters.keySet());
        }
    }
}
