package org.ccionetwork.standards;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers' statuses for each standard and the history of every change. */
@Repository
class StatusRepository {

    private static final String SELECT = """
            select organisation_id, standard_id, status, target_on, live_since, note, evidence_url, changed_at
            from standards.provider_status""";

    private final JdbcClient jdbc;

    StatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderStatus> forProvider(long organisationId) {
        return jdbc.sql(SELECT + " where organisation_id = :org").param("org", organisationId)
                .query(StatusRepository::map).list();
    }

    /** Every provider's every status, for the national picture and the open data: a few thousand rows at most. */
    List<ProviderStatus> all() {
        return jdbc.sql(SELECT + " order by organisation_id, standard_id").query(StatusRepository::map).list();
    }

    /**
     * The current status under a lock on the pair, so two people saving at once record two changes in order,
     * each from what the other left.
     */
    Optional<ProviderStatus> lock(long organisationId, long standardId) {
        jdbc.sql("select pg_advisory_xact_lock(4242010, hashtext(:org || ':' || :standard))")
                .param("org", organisationId).param("standard", standardId).query().singleValue();
        return jdbc.sql(SELECT + " where organisation_id = :org and standard_id = :standard")
                .param("org", organisationId).param("standard", standardId).query(StatusRepository::map).optional();
    }

    void save(long organisationId, long standardId, StatusForm form, Long by, String as, AdoptionStatus from, Instant at) {
        var params = new java.util.HashMap<String, Object>();
        params.put("org", organisationId);
        params.put("standard", standardId);
        params.put("status", form.chosen().name());
        params.put("from", from.name());
        params.put("target", form.targetDate() == null ? null : Date.valueOf(form.targetDate()));
        params.put("live", form.liveDate() == null ? null : Date.valueOf(form.liveDate()));
        params.put("note", form.noteOrNull());
        params.put("evidence", form.evidenceOrNull());
        params.put("by", by);
        params.put("as", as);
        params.put("at", Timestamp.from(at));
        jdbc.sql("""
                insert into standards.provider_status (organisation_id, standard_id, status, target_on, live_since, note,
                    evidence_url, changed_by, changed_at)
                values (:org, :standard, :status, :target, :live, :note, :evidence, :by, :at)
                on conflict (organisation_id, standard_id) do update set status = excluded.status,
                    target_on = excluded.target_on, live_since = excluded.live_since, note = excluded.note,
                    evidence_url = excluded.evidence_url, changed_by = excluded.changed_by, changed_at = excluded.changed_at
                """).params(params).update();
        jdbc.sql("""
                insert into standards.status_change (organisation_id, standard_id, from_status, to_status, target_on,
                    live_since, note, evidence_url, changed_by, changed_as, changed_at)
                values (:org, :standard, :from, :status, :target, :live, :note, :evidence, :by, :as, :at)
                """).params(params).update();
    }

    /** The provider's latest changes, newest first, with the standards' names, in one statement. */
    List<StatusChange> history(long organisationId, int limit) {
        return jdbc.sql("""
                select c.id, c.organisation_id, c.standard_id, s.name, c.from_status, c.to_status, c.target_on,
                       c.live_since, c.note, c.evidence_url, c.changed_by, c.changed_as, c.changed_at
                from standards.status_change c join standards.standard s on s.id = c.standard_id
                where c.organisation_id = :org
                order by c.changed_at desc, c.id desc limit :limit""")
                .param("org", organisationId).param("limit", limit)
                .query((rs, n) -> new StatusChange(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("standard_id"),
                        rs.getString("name"), AdoptionStatus.valueOf(rs.getString("from_status")),
                        AdoptionStatus.valueOf(rs.getString("to_status")), localDate(rs, "target_on"),
                        localDate(rs, "live_since"), rs.getString("note"), rs.getString("evidence_url"),
                        (Long) rs.getObject("changed_by"), rs.getString("changed_as"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /**
     * How the count of providers in a status changed in each month, for each standard: every change adds one to
     * its new status and takes one from its old. Changes before {@code first} count in its month, so a running sum
     * from there gives the providers in each status at each month's end. One pass over the history, no sort of
     * month × change pairs.
     */
    record MonthDelta(long standardId, AdoptionStatus status, YearMonth month, long delta) {
    }

    List<MonthDelta> monthDeltas(YearMonth first) {
        return jdbc.sql("""
                select standard_id, status, month, sum(delta) as delta from (
                    select standard_id, to_status as status, 1 as delta,
                           greatest(date_trunc('month', changed_at at time zone 'Europe/London'), :first) as month
                    from standards.status_change where to_status in ('LIVE', 'IN_PROGRESS', 'PLANNED')
                    union all
                    select standard_id, from_status, -1,
                           greatest(date_trunc('month', changed_at at time zone 'Europe/London'), :first)
                    from standards.status_change where from_status in ('LIVE', 'IN_PROGRESS', 'PLANNED')
                ) d group by standard_id, status, month""")
                .param("first", Timestamp.valueOf(first.atDay(1).atStartOfDay()))
                .query((rs, n) -> new MonthDelta(rs.getLong("standard_id"), AdoptionStatus.valueOf(rs.getString("status")),
                        YearMonth.from(rs.getTimestamp("month").toLocalDateTime()), rs.getLong("delta")))
                .list();
    }

    static ProviderStatus map(ResultSet rs, int row) throws SQLException {
        return new ProviderStatus(rs.getLong("organisation_id"), rs.getLong("standard_id"),
                AdoptionStatus.valueOf(rs.getString("status")), localDate(rs, "target_on"), localDate(rs, "live_since"),
                rs.getString("note"), rs.getString("evidence_url"), rs.getTimestamp("changed_at").toInstant());
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
