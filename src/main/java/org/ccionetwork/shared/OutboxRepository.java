package org.ccionetwork.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private static final String COLUMNS = """
            id, to_address, subject, body_text, status, attempts, created_at, sent_at, next_attempt_at, last_error,
            attachment_name, headers""";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OutgoingEmail email) {
        var attachment = email.attachment();
        jdbc.sql("""
                insert into shared.outbox_email (to_address, subject, body_text, attachment_name, attachment_type, attachment, headers)
                values (:to, :subject, :body, :name, :type, :content, :headers)
                """)
                .param("to", email.to())
                .param("subject", email.subject())
                .param("body", email.body())
                .param("name", attachment == null ? null : attachment.filename())
                .param("type", attachment == null ? null : attachment.contentType())
                .param("content", attachment == null ? null : attachment.content())
                .param("headers", headerLines(email.headers()))
                .update();
    }

    /**
     * Claims up to {@code limit} due emails whose lease (if any) has run out, leasing them until
     * {@code leaseUntil}; another instance skips rows being claimed rather than waiting.
     */
    List<Due> claimDue(Instant now, int limit, Instant leaseUntil) {
        return jdbc.sql("""
                update shared.outbox_email e set lease_until = :leaseUntil
                from (select id from shared.outbox_email
                      where status = 'PENDING' and next_attempt_at <= :now and (lease_until is null or lease_until <= :now)
                      order by next_attempt_at, id
                      limit :limit
                      for update skip locked) due
                where e.id = due.id
                returning e.id, e.to_address, e.subject, e.body_text, e.attachment_name, e.attachment_type, e.attachment,
                          e.headers, e.attempts, e.next_attempt_at
                """)
                .param("now", java.sql.Timestamp.from(now))
                .param("leaseUntil", java.sql.Timestamp.from(leaseUntil))
                .param("limit", limit)
                .query((rs, n) -> new Due(rs.getLong("id"), new OutgoingEmail(rs.getString("to_address"),
                        rs.getString("subject"), rs.getString("body_text"),
                        rs.getString("attachment_name") == null ? null : new OutgoingEmail.Attachment(
                                rs.getString("attachment_name"), rs.getString("attachment_type"), rs.getBytes("attachment")),
                        headers(rs.getString("headers"))),
                        rs.getInt("attempts"), instant(rs, "next_attempt_at")))
                .list().stream()
                .sorted(java.util.Comparator.comparing(Due::dueAt).thenComparing(Due::id))
                .toList();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("""
                update shared.outbox_email
                set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null, lease_until = null
                where id = :id
                """)
                .param("now", java.sql.Timestamp.from(now)).param("id", id).update();
    }

    void markFailed(long id, String error, Instant nextAttempt, boolean givingUp) {
        jdbc.sql("""
                update shared.outbox_email
                set attempts = attempts + 1, last_error = :error, next_attempt_at = :next, lease_until = null,
                    status = case when :givingUp then 'FAILED' else 'PENDING' end
                where id = :id and status <> 'SENT'
                """)
                .param("error", error).param("next", java.sql.Timestamp.from(nextAttempt))
                .param("givingUp", givingUp).param("id", id).update();
    }

    void retry(long id, Instant now) {
        jdbc.sql("update shared.outbox_email set status = 'PENDING', next_attempt_at = :now where id = :id and status <> 'SENT'")
                .param("now", java.sql.Timestamp.from(now)).param("id", id).update();
    }

    List<OutboxEmail> page(String to, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from shared.outbox_email"
                        + (to == null ? "" : " where lower(to_address) = :to")
                        + " order by created_at desc, id desc offset :offset limit :limit")
                .paramSource(params(to, offset, limit))
                .query(OutboxRepository::map).list();
    }

    long count(String to) {
        return jdbc.sql("select count(*) from shared.outbox_email" + (to == null ? "" : " where lower(to_address) = :to"))
                .paramSource(params(to, 0, 0)).query(Long.class).single();
    }

    long countFailed() {
        return jdbc.sql("select count(*) from shared.outbox_email where status = 'FAILED'").query(Long.class).single();
    }

    Optional<OutboxEmail> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from shared.outbox_email where id = :id").param("id", id)
                .query(OutboxRepository::map).optional();
    }

    List<OutboxEmail> to(String address) {
        return jdbc.sql("select " + COLUMNS + " from shared.outbox_email where lower(to_address) = lower(:to) order by id")
                .param("to", address).query(OutboxRepository::map).list();
    }

    void forget(String address) {
        jdbc.sql("delete from shared.outbox_email where lower(to_address) = lower(:to) and status <> 'PENDING'")
                .param("to", address).update();
    }

    private static java.util.Map<String, Object> params(String to, long offset, int limit) {
        var map = new java.util.HashMap<String, Object>();
        map.put("to", to == null ? null : to.toLowerCase(java.util.Locale.ROOT));
        map.put("offset", offset);
        map.put("limit", limit);
        return map;
    }

    private static OutboxEmail map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OutboxEmail(rs.getLong("id"), rs.getString("to_address"), rs.getString("subject"),
                rs.getString("body_text"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "next_attempt_at"),
                rs.getString("last_error"), rs.getString("attachment_name"), headers(rs.getString("headers")));
    }

    /** One "Name: value" a line; values cannot hold line breaks, so the lines cannot be confused. */
    static String headerLines(java.util.Map<String, String> headers) {
        if (headers.isEmpty()) {
            return null;
        }
        var lines = new StringBuilder();
        headers.forEach((name, value) -> lines.append(lines.isEmpty() ? "" : "\n").append(name).append(": ").append(value));
        return lines.toString();
    }

    static java.util.Map<String, String> headers(String lines) {
        if (lines == null || lines.isEmpty()) {
            return java.util.Map.of();
        }
        var headers = new java.util.LinkedHashMap<String, String>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(": ");
            headers.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return headers;
    }

    static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        var ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    record Due(long id, OutgoingEmail email, int attempts, Instant dueAt) {
    }
}
