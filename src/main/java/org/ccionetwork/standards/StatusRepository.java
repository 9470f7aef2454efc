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

    /** For each of the last {@code months} months and each standard: providers live, in progress, planned at its end. */
    record MonthCount(YearMonth month, long standardId, long live, long inProgress, long planned) {
    }

    List<MonthCount> byMonth(LocalDate today, int months) {
        return jdbc.sql("""
                with months as (
                    select generate_series(date_trunc('month', cast(:today as date)) - make_interval(months => :back),
                                           date_trunc('month', cast(:today as date)), interval '1 month') as month_start
                ),
                latest as (
                    select distinct on (m.month_start, c.standard_id, c.organisation_id)
                           m.month_start, c.standard_id, c.to_status
                    from months m
                    join standards.status_change c
                      on c.changed_at < (m.month_start + interval '1 month') at time zone 'Europe/London'
                    order by m.month_start, c.standard_id, c.organisation_id, c.changed_at desc, c.id desc
                )
                select month_start, standard_id,
                       count(*) filter (where to_status = 'LIVE') as live,
                       count(*) filter (where to_status = 'IN_PROGRESS') as in_progress,
                       count(*) filter (where to_status = 'PLANNED') as planned
                from latest group by month_start, standard_id order by month_start, standard_id""")
                .param("today", Date.valueOf(today)).param("back", months - 1)
                .query((rs, n) -> new MonthCount(YearMonth.from(rs.getDate("month_start").toLocalDate()),
                        rs.getLong("standard_id"), rs.getLong("live"), rs.getLong("in_progress"), rs.getLong("planned")))
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
