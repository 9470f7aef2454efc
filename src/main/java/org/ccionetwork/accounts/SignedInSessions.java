package org.ccionetwork.accounts;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The member's signed-in sessions (shared by all instances in PostgreSQL), found by Spring Session's index of
 * principal names: listed on {@code /account/sessions}, and signed out one at a time or all at once.
 */
@Component
class SignedInSessions {

    static final String METHOD = "ccio.signIn.method";
    static final String BROWSER = "ccio.signIn.browser";
    static final String ADDRESS = "ccio.signIn.address";

    /** Notes how and from where a session signed in, for the list. */
    static void remember(jakarta.servlet.http.HttpServletRequest request, String method) {
        var session = request.getSession();
        session.setAttribute(METHOD, method);
        session.setAttribute(ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        session.setAttribute(BROWSER, browser(agent));
    }

    List<Pages.SessionRow> list(long memberId, String currentSessionId) {
        return sessions.findByPrincipalName(Long.toString(memberId)).values().stream()
                .map(session -> new Pages.SessionRow(handle(session.getId()), orElse(session.getAttribute(BROWSER), "A browser"),
                        orElse(session.getAttribute(ADDRESS), "unknown"), session.getLastAccessedTime(),
                        orElse(session.getAttribute(METHOD), "a remembered browser"),
                        session.getId().equals(currentSessionId)))
                .sorted(java.util.Comparator.comparing(Pages.SessionRow::current).reversed()
                        .thenComparing(Pages.SessionRow::lastSeen, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the member's own sessions, by its handle; false if there is none such (or it is the current one). */
    boolean end(long memberId, String handle, String currentSessionId) {
        for (String id : sessions.findByPrincipalName(Long.toString(memberId)).keySet()) {
            if (handle(id).equals(handle) && !id.equals(currentSessionId)) {
                sessions.deleteById(id);
                return true;
            }
        }
        return false;
    }

    /** Names a session on the page without giving away its id (the {@code handle} of a {@link Pages.SessionRow}). */
    static String handle(String sessionId) {
        return org.ccionetwork.shared.SecretTokens.hash(sessionId).substring(0, 20);
    }

    private static String orElse(Object value, String otherwise) {
        return value instanceof String text && !text.isBlank() ? text : otherwise;
    }

    /** A rough name for the browser from its User-Agent, enough to tell one's own devices apart. */
    static String browser(String agent) {
        if (agent == null || agent.isBlank()) {
            return "A browser";
        }
        String name = agent.contains("Edg/") ? "Edge" : agent.contains("Firefox/") ? "Firefox"
                : agent.contains("Chrome/") ? "Chrome" : agent.contains("Safari/") ? "Safari" : "A browser";
        String system = agent.contains("Windows") ? "Windows" : agent.contains("iPhone") || agent.contains("iPad") ? "iOS"
                : agent.contains("Android") ? "Android" : agent.contains("Mac OS") ? "macOS"
                : agent.contains("Linux") ? "Linux" : null;
        return system == null ? name : name + " on " + system;
    }

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final JdbcClient jdbc;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    /** Ends the member's sessions except the one given (which may be {@code null}); returns how many ended. */
    int signOut(long memberId, String exceptSessionId) {
        var found = sessions.findByPrincipalName(Long.toString(memberId));
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(exceptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        jdbc.sql("delete from public.persistent_logins where username = :id").param("id", Long.toString(memberId)).update();
        return ended;
    }
}
