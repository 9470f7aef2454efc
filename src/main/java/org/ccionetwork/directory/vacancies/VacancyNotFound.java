package org.ccionetwork.directory.vacancies;

/** No vacancy with that number. Shown as the 404 page (a closed one has its own page, with 410). */
public final class VacancyNotFound extends RuntimeException {

    private VacancyNotFound(String message) {
        super(message, null, false, false);
    }

    public static VacancyNotFound forId(long id) {
        return new VacancyNotFound("No vacancy " + id);
    }
}
