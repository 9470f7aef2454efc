package org.ccionetwork.directory.vacancies;

/** A vacancy in the JSON feed. */
public record VacancyItem(long id, String title, String organisation, String odsCode, String sector, String region,
        String sessions, String closingOn, String applyUrl, String summary, String url, String postedAt, String updatedAt) {

    static VacancyItem of(Vacancy v, String base) {
        return new VacancyItem(v.id(), v.title(), v.organisationName(), v.odsCode(), v.sector(), v.region(), v.sessions(),
                v.closingOn().toString(), v.applyUrl(), v.summary(), base + v.path(), v.createdAt().toString(),
                v.updatedAt().toString());
    }
}
