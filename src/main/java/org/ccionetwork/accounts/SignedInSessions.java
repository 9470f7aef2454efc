package org.ccionetwork.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Signs a member out of every session (shared by all instances in PostgreSQL) and every remembered browser. */
@Component
class SignedInSessions {

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
