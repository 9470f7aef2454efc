package org.ccionetwork.directory.vacancies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vacancies. Public only for the directory's data download and demonstration content. */
@Repository
public class VacancyRepository {

    private static final String SELECT = """
            select id, organisation_id, organisation_name, ods_code, sector, region, title, sessions, closing_on,
                   apply_url, summary, posted_by, created_at, updated_at, withdrawn_at
            from directory.vacancy
            """;

    private final JdbcClient jdbc;

    VacancyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long organisationId, String organisationName, String odsCode, String sector, String region, String title,
            String sessions, LocalDate closingOn, String applyUrl, String summary, long postedBy) {
        return jdbc.sql("""
                insert into directory.vacancy (organisation_id, organisation_name, ods_code, sector, region, title, sessions,
                    closing_on, apply_url, summary, posted_by)
                values (:organisation, :name, :ods, :sector, :region, :title, :sessions, :closing, :url, :summary, :by)
                returning id
                """).param("organisation", organisationId).param("name", organisationName).param("ods", odsCode)
                .param("sector", sector).param("region", region).param("title", title).param("sessions", sessions)
                .param("closing", Date.valueOf(closingOn)).param("url", applyUrl).param("summary", summary)
                .param("by", postedBy).query(Long.class).single();
    }

    Optional<Vacancy> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(VacancyRepository::map).optional();
    }

    /** Open vacancies on a day (closing that day or later), soonest closing first. */
    List<Vacancy> open(LocalDate today, String region, String sector) {
        StringBuilder where = new StringBuilder(" where withdrawn_at is null and closing_on >= :today");
        Map<String, Object> params = new HashMap<>();
        params.put("today", Date.valueOf(today));
        if (region != null) {
            where.append(" and region = :region");
            params.put("region", region);
        }
        if (sector != null) {
            where.append(" and sector = :sector");
            params.put("sector", sector);
        }
        return jdbc.sql(SELECT + where + " order by closing_on, id limit 200").params(params).query(VacancyRepository::map).list();
    }

    List<Vacancy> openAt(long organisationId, LocalDate today) {
        return jdbc.sql(SELECT + " where organisation_id = :id and withdrawn_at is null and closing_on >= :today order by closing_on, id")
                .param("id", organisationId).param("today", Date.valueOf(today)).query(VacancyRepository::map).list();
    }

    void withdraw(long id, Instant now) {
        jdbc.sql("update directory.vacancy set withdrawn_at = :now, updated_at = :now where id = :id and withdrawn_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Saves an edit; the vacancy is published again (no longer withdrawn) until its closing date. */
    void update(long id, long organisationId, String organisationName, String odsCode, String sector, String region,
            String title, String sessions, LocalDate closingOn, String applyUrl, String summary, Instant now) {
        jdbc.sql("""
                update directory.vacancy set organisation_id = :organisation, organisation_name = :name, ods_code = :ods,
                    sector = :sector, region = :region, title = :title, sessions = :sessions, closing_on = :closing,
                    apply_url = :url, summary = :summary, withdrawn_at = null, updated_at = :now
                where id = :id
                """).param("id", id).param("organisation", organisationId).param("name", organisationName).param("ods", odsCode)
                .param("sector", sector).param("region", region).param("title", title).param("sessions", sessions)
                .param("closing", Date.valueOf(closingOn)).param("url", applyUrl).param("summary", summary)
                .param("now", Timestamp.from(now)).update();
    }

    public List<Vacancy> postedBy(long memberId) {
        return jdbc.sql(SELECT + " where posted_by = :id order by created_at desc").param("id", memberId).query(VacancyRepository::map).list();
    }

    public boolean exists(String odsCode, String title) {
        return jdbc.sql("select exists(select 1 from directory.vacancy where ods_code = :ods and title = :title)")
                .param("ods", odsCode).param("title", title).query(Boolean.class).single();
    }

    private static Vacancy map(ResultSet rs, int n) throws SQLException {
        return new Vacancy(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("ods_code"), rs.getString("sector"), rs.getString("region"), rs.getString("title"),
                rs.getString("sessions"), rs.getDate("closing_on").toLocalDate(), rs.getString("apply_url"),
                rs.getString("summary"), rs.getLong("posted_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant());
    }
}
