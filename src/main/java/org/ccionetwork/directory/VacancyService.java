package org.ccionetwork.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vacancies: editors post and withdraw them (audited); open ones are listed until their closing date ends. */
@Service
class VacancyService {

    private final VacancyRepository vacancies;
    private final AuditLog audit;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    List<Vacancy> open(String region, String sector) {
        return vacancies.open(today(), region != null && RegisterFilter.REGIONS.contains(region) ? region : null,
                sector != null && RegisterFilter.SECTORS.contains(sector) ? sector : null);
    }

    List<Vacancy> openAt(long organisationId) {
        return vacancies.openAt(organisationId, today());
    }

    @Transactional
    long post(Organisation organisation, VacancyForm form, long editorId) {
        long id = vacancies.insert(organisation.id(), organisation.name(), organisation.odsCode(), organisation.sector(),
                organisation.region(), form.title().strip(), form.sessions().strip(), form.closingOn(), form.applyUrl().strip(),
                ProfileForm.blankToNull(form.summary()), editorId);
        audit.record("VACANCY_POSTED", "vacancy #" + id + " at " + organisation.odsCode(), form.title().strip()
                + ", closing " + Dates.date(form.closingOn()));
        return id;
    }

    @Transactional
    void withdraw(long id) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> NotFound.of("vacancy", id));
        vacancies.withdraw(id, clock.instant());
        audit.record("VACANCY_WITHDRAWN", "vacancy #" + id + " at " + vacancy.odsCode(), vacancy.title());
    }
}
