package org.ccionetwork.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC sessions with their last access time kept to the minute: reading page after page within
 * a minute changes nothing, so the session is not written back (no transaction, no UPDATE) on every request.
 * Anything else that changes (an attribute, the principal, the timeout, a new id) is saved as before. An
 * eight-hour session may end up to a minute early, which nobody notices.
 * <p>
 * Spring Session's filter, once it has saved the session at the end of a request, looks the requested session
 * up again (a second SELECT and deserialisation on every signed-in page) only to compare its id with the one it
 * saved. That second lookup gets the session just saved, on this thread and within this request only
 * ({@link #forgetSaved()} runs when the filter is done), which is what the database would have answered. The
 * one lookup left runs without a transaction ({@link SessionTransactions#reading}).
 */
final class CoarseAccessTimeSessions implements FindByIndexNameSessionRepository<CoarseAccessTimeSessions.CoarseSession> {

    static final Duration GRANULARITY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final SessionTransactions transactions;
    private final ThreadLocal<CoarseSession> justSaved = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    CoarseAccessTimeSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
            SessionTransactions transactions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
        this.transactions = transactions;
    }

    @Override
    public CoarseSession createSession() {
        return new CoarseSession(sessions.createSession());
    }

    @Override
    public void save(CoarseSession session) {
        sessions.save(session.delegate);
        justSaved.set(session);
    }

    @Override
    public CoarseSession findById(String id) {
        CoarseSession saved = justSaved.get();
        justSaved.remove();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Session session = transactions.reading(() -> sessions.findById(id));
        return session == null ? null : new CoarseSession(session);
    }

    /** Called by the session filter at the end of every request. */
    void forgetSaved() {
        justSaved.remove();
    }

    @Override
    public void deleteById(String id) {
        justSaved.remove();
        sessions.deleteById(id);
    }

    @Override
    public Map<String, CoarseSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, CoarseSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, s) -> found.put(id, new CoarseSession(s)));
        return found;
    }

    /** A session whose last access moves only when it is at least {@link #GRANULARITY} later. */
    static final class CoarseSession implements Session {

        private final Session delegate;

        CoarseSession(Session delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(delegate.getLastAccessedTime(), lastAccessedTime).compareTo(GRANULARITY) >= 0) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
