package org.ccionetwork.organisations;

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

@Repository
class AppointmentRepository {

    private static final String SELECT = """
            select a.id, a.organisation_id, o.name as organisation_name, o.ods_code, a.member_id, a.job_title,
                   a.started_on, a.ended_on, a.evidence, a.show_name, a.status, a.decided_by, a.decided_at,
                   a.decision_reason, a.created_at
            from organisations.appointment a join organisations.organisation o on o.id = a.organisation_id
            """;

    /** Providers current on a day, and those with a verified appointment covering it. */
    private static final String COVERAGE = """
            with providers as (
                select id, sector, region from organisations.organisation
                where kind = 'NHS_PROVIDER' and retired_at is null
            ), covered as (
                select distinct organisation_id from organisations.appointment
                where status = 'VERIFIED' and started_on <= :day and (ended_on is null or ended_on > :day)
            )
            """;

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, long memberId, String jobTitle, LocalDate startedOn, LocalDate endedOn,
            String evidence, boolean showName) {
        return jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on, evidence, show_name)
                values (:organisation, :member, :title, :started, :ended, :evidence, :showName) returning id
                """)
                .param("organisation", organisationId).param("member", memberId).param("title", jobTitle)
                .param("started", Date.valueOf(startedOn)).param("ended", endedOn == null ? null : Date.valueOf(endedOn))
                .param("evidence", evidence).param("showName", showName)
                .query(Long.class).single();
    }

    Optional<Appointment> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(AppointmentRepository::map).optional();
    }

    /** Locks the appointment for a decision, so two moderators cannot decide it twice. */
    Optional<Appointment> lock(long id) {
        return jdbc.sql(SELECT + " where a.id = :id for update of a").param("id", id).query(AppointmentRepository::map).optional();
    }

    void decide(long id, Appointment.Status status, long moderatorId, String reason, Instant now) {
        jdbc.sql("""
                update organisations.appointment set status = :status, decided_by = :moderator, decided_at = :now,
                       decision_reason = :reason, updated_at = :now where id = :id
                """)
                .param("status", status.name()).param("moderator", moderatorId).param("now", Timestamp.from(now))
                .param("reason", reason).param("id", id).update();
    }

    void end(long id, LocalDate endedOn, Instant now) {
        jdbc.sql("update organisations.appointment set ended_on = :ended, updated_at = :now where id = :id")
                .param("ended", Date.valueOf(endedOn)).param("now", Timestamp.from(now)).param("id", id).update();
    }

    List<Appointment> pending(int limit) {
        return jdbc.sql(SELECT + " where a.status = 'PENDING' order by a.created_at, a.id limit :limit")
                .param("limit", limit).query(AppointmentRepository::map).list();
    }

    long countPending() {
        return jdbc.sql("select count(*) from organisations.appointment where status = 'PENDING'").query(Long.class).single();
    }

    /**
     * An organisation's verified appointments for its page: every one current on {@code day}, and the
     * {@code pastShown} most recent of the others, with how many others there are in all. One statement.
     */
    record Verified(List<Appointment> current, List<Appointment> past, int pastCount) {
    }

    Verified verifiedFor(long organisationId, LocalDate day, int pastShown) {
        record Row(Appointment appointment, boolean current, int inGroup) {
        }
        List<Row> rows = jdbc.sql("""
                select * from (
                    select a.*, c.is_current, row_number() over (partition by c.is_current order by a.started_on desc, a.id desc) as position,
                           count(*) over (partition by c.is_current) as in_group
                    from (""" + SELECT + """
                          where a.organisation_id = :id and a.status = 'VERIFIED') a
                    cross join lateral (select a.started_on <= :day and (a.ended_on is null or a.ended_on > :day) as is_current) c
                ) v
                where v.is_current or v.position <= :shown
                order by v.started_on desc, v.id desc""")
                .param("id", organisationId).param("day", Date.valueOf(day)).param("shown", pastShown)
                .query((rs, n) -> new Row(map(rs, n), rs.getBoolean("is_current"), rs.getInt("in_group"))).list();
        List<Row> past = rows.stream().filter(row -> !row.current()).toList();
        return new Verified(rows.stream().filter(Row::current).map(Row::appointment).toList(),
                past.stream().map(Row::appointment).toList(), past.isEmpty() ? 0 : past.getFirst().inGroup());
    }

    List<Appointment> forMember(long memberId) {
        return jdbc.sql(SELECT + " where a.member_id = :id order by a.started_on desc, a.id desc")
                .param("id", memberId).query(AppointmentRepository::map).list();
    }

    boolean hasCurrentVerified(long memberId, LocalDate day) {
        return jdbc.sql("""
                select exists(select 1 from organisations.appointment where member_id = :member and status = 'VERIFIED'
                              and started_on <= :day and (ended_on is null or ended_on > :day))
                """).param("member", memberId).param("day", Date.valueOf(day)).query(Boolean.class).single();
    }

    boolean hasOpenClaim(long memberId, long organisationId) {
        return jdbc.sql("""
                select exists(select 1 from organisations.appointment where member_id = :member and organisation_id = :organisation
                              and (status = 'PENDING' or (status = 'VERIFIED' and ended_on is null)))
                """).param("member", memberId).param("organisation", organisationId).query(Boolean.class).single();
    }

    List<Long> publicCcioMemberIds(LocalDate day) {
        return jdbc.sql("""
                select distinct member_id from organisations.appointment
                where status = 'VERIFIED' and show_name and started_on <= :day and (ended_on is null or ended_on > :day)
                """).param("day", Date.valueOf(day)).query(Long.class).list();
    }

    List<Appointment> currentFor(java.util.Collection<Long> memberIds, LocalDate day) {
        return jdbc.sql(SELECT + """
                 where a.member_id in (:members) and a.status = 'VERIFIED' and a.started_on <= :day
                   and (a.ended_on is null or a.ended_on > :day)
                 order by a.member_id, a.started_on, a.id
                """).param("members", memberIds).param("day", Date.valueOf(day))
                .query(AppointmentRepository::map).list();
    }

    /** Verified appointments at providers, oldest first, for the open-data CSV. */
    List<Appointment> verified() {
        return jdbc.sql(SELECT + " where a.status = 'VERIFIED' and o.kind = 'NHS_PROVIDER' order by a.started_on, a.id")
                .query(AppointmentRepository::map).list();
    }

    CampaignFigures.Count total(LocalDate day) {
        return jdbc.sql(COVERAGE + """
                select count(*) as providers, count(c.organisation_id) as with_ccio
                from providers p left join covered c on c.organisation_id = p.id
                """).param("day", Date.valueOf(day))
                .query((rs, n) -> new CampaignFigures.Count(rs.getLong("providers"), rs.getLong("with_ccio"))).single();
    }

    /** Counts grouped by a column of the provider: "sector" or "region". */
    List<CampaignFigures.Group> grouped(String column, LocalDate day) {
        if (!column.equals("sector") && !column.equals("region")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql(COVERAGE + "select p." + column + " as key, count(*) as providers, count(c.organisation_id) as with_ccio"
                        + " from providers p left join covered c on c.organisation_id = p.id group by p." + column
                        + " order by p." + column)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> {
                    String key = rs.getString("key");
                    String label = column.equals("sector") ? Sector.labelOf(key) : key;
                    return new CampaignFigures.Group(key, label,
                            new CampaignFigures.Count(rs.getLong("providers"), rs.getLong("with_ccio")));
                })
                .list();
    }

    /**
     * Month by month from the first verified appointment: appointments that started in the month, and providers
     * with a CCIO in post at the month's end (or today, for this month). A provider retired since counts for the
     * months before it was retired. Each provider's appointments are merged into periods of cover (joint and
     * back-to-back posts make one period); a period adds one provider from the month it starts and takes it away
     * from the month it ends, and a running sum gives the count: one pass over the appointments, whatever the
     * number of months.
     */
    List<CampaignFigures.Month> byMonth(LocalDate day) {
        return jdbc.sql("""
                with verified as (
                    select a.organisation_id, a.started_on as s,
                           least(coalesce(a.ended_on, 'infinity'::date), coalesce(o.retired_at::date, 'infinity'::date)) as e
                    from organisations.appointment a join organisations.organisation o on o.id = a.organisation_id
                    where a.status = 'VERIFIED' and o.kind = 'NHS_PROVIDER' and a.started_on <= :day
                ), ordered as (
                    select organisation_id, s, e,
                           max(e) over (partition by organisation_id order by s, e rows between unbounded preceding and 1 preceding) as reach
                    from verified
                ), numbered as (
                    select organisation_id, s, e,
                           sum(case when reach is null or s > reach then 1 else 0 end) over (partition by organisation_id order by s, e) as period
                    from ordered
                ), periods as (
                    select organisation_id, min(s) as s, max(e) as e from numbered group by organisation_id, period
                ), changes as (
                    select date_trunc('month', s)::date as month, 1 as delta from periods where s < e
                    union all
                    select date_trunc('month', e)::date, -1 from periods where s < e and e <= :day
                ), deltas as (
                    select month, sum(delta) as delta from changes group by month
                ), months as (
                    select m::date as month
                    from generate_series(date_trunc('month', (select min(s) from verified)), date_trunc('month', :day::date), interval '1 month') as m
                ), started as (
                    select date_trunc('month', started_on)::date as month, count(*) as n
                    from organisations.appointment a join organisations.organisation o on o.id = a.organisation_id
                    where a.status = 'VERIFIED' and o.kind = 'NHS_PROVIDER' and a.started_on <= :day
                    group by 1
                )
                select m.month, coalesce(st.n, 0) as new_appointments,
                       sum(coalesce(d.delta, 0)) over (order by m.month) as providers
                from months m left join started st on st.month = m.month left join deltas d on d.month = m.month
                order by m.month
                """)
                .param("day", Date.valueOf(day))
                .query((rs, n) -> new CampaignFigures.Month(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("new_appointments"), rs.getLong("providers")))
                .list();
    }

    /** A counter that every change to appointments or organisations bumps (by trigger), for caching and ETags. */
    String version() {
        return jdbc.sql("select version::text from organisations.change_counter where id = 1").query(String.class).single();
    }

    private static Appointment map(ResultSet rs, int row) throws SQLException {
        Date ended = rs.getDate("ended_on");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Appointment(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("ods_code"), rs.getLong("member_id"), rs.getString("job_title"),
                rs.getDate("started_on").toLocalDate(), ended == null ? null : ended.toLocalDate(), rs.getString("evidence"),
                rs.getBoolean("show_name"), Appointment.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("decided_by"), decided == null ? null : decided.toInstant(),
                rs.getString("decision_reason"), rs.getTimestamp("created_at").toInstant());
    }
}
