package org.ccionetwork.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log of privileged actions. An entry joins the caller's transaction, so an action and its entry
 * are kept or lost together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the current viewer (or "system" outside a request). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String target, String details) {
        var viewer = Viewers.current();
        write(viewer.map(Viewer::id).orElse(null), viewer.map(v -> v.name() + " (#" + v.id() + ")").orElse("system"),
                action, target, details);
    }

    /** Records an action by someone who is not signed in, such as a burst of failed sign-ins. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAnonymous(String actorLabel, String action, String target, String details) {
        write(null, actorLabel, action, target, details);
    }

    /** Records an action by a member the security context does not know yet, such as one signing in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(long actorId, String actorName, String action, String target, String details) {
        write(actorId, actorName + " (#" + actorId + ")", action, target, details);
    }

    private void write(Long actorId, String actorLabel, String action, String target, String details) {
        jdbc.sql("""
                insert into shared.audit_entry (occurred_at, actor_id, actor_label, action, target, details, client_ip)
                values (:at, :actorId, :actorLabel, :action, :target, :details, :ip)
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actorId", actorId)
                .param("actorLabel", actorLabel)
                .param("action", action)
                .param("target", target)
                .param("details", details)
                .param("ip", clientIp())
                .update();
    }

    public PageOf<AuditEntry> page(String action, Long actorId, int number) {
        int size = 50;
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where true");
        if (action != null && !action.isBlank()) {
            where.append(" and action = :action");
            params.put("action", action);
        }
        if (actorId != null) {
            where.append(" and actor_id = :actorId");
            params.put("actorId", actorId);
        }
        params.put("offset", (long) (number - 1) * size);
        params.put("limit", size);
        List<AuditEntry> items = jdbc.sql("""
                select id, occurred_at, actor_id, actor_label, action, target, details, client_ip
                from shared.audit_entry""" + where + " order by occurred_at desc, id desc offset :offset limit :limit")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_id"), rs.getString("actor_label"), rs.getString("action"),
                        rs.getString("target"), rs.getString("details"), rs.getString("client_ip")))
                .list();
        long total = jdbc.sql("select count(*) from shared.audit_entry" + where).params(params).query(Long.class).single();
        return new PageOf<>(items, number, size, total);
    }

    /** The entries of actions a member took, for their data download. */
    public List<AuditEntry> byActor(long actorId) {
        return jdbc.sql("""
                select id, occurred_at, actor_id, actor_label, action, target, details, client_ip
                from shared.audit_entry where actor_id = :actor order by occurred_at, id""")
                .param("actor", actorId)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_id"), rs.getString("actor_label"), rs.getString("action"),
                        rs.getString("target"), rs.getString("details"), rs.getString("client_ip")))
                .list();
    }

    public List<String> actions() {
        return jdbc.sql("select distinct action from shared.audit_entry order by action").query(String.class).list();
    }

    /** The address of the client; behind a proxy, set {@code server.forward-headers-strategy}. */
    public static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
