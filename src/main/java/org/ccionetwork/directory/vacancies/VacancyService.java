package org.ccionetwork.directory.vacancies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vacancies: editors post, edit and withdraw them (each audited); open ones are listed until their closing date ends.
 * Saving an edit publishes the vacancy as edited, so editing a closed or withdrawn one reopens it (the closing
 * date must be today or later, as when posting).
 */
@Service
class VacancyService {

    private final VacancyRepository vacancies;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, Organisations organisations, AuditLog audit, Clock clock) {
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    /** The open vacancies, filtered by a region and a sector of the register; an unknown one filters nothing. */
    record Listing(List<Vacancy> vacancies, String region, String sector) {
    }

    Listing open(String region, String sector) {
        String knownRegion = region != null && RegisterFilter.REGIONS.contains(region) ? region : null;
        String knownSector = Sector.known(sector) ? sector : null;
        return new Listing(vacancies.open(today(), knownRegion, knownSector), knownRegion, knownSector);
    }

    /** The providers a vacancy can be at, for the form. */
    List<Organisation> providers() {
        return organisations.providers();
    }

    /** A provider of the register by its ODS code: only one in service, with a code, can have a vacancy. */
    Optional<Organisation> provider(String odsCode) {
        return odsCode == null || odsCode.isBlank() ? Optional.empty()
                : organisations.findByOdsCode(odsCode).filter(o -> o.retiredAt() == null && o.odsCode() != null);
    }

    List<Vacancy> openAt(long organisationId) {
        return vacancies.openAt(organisationId, today());
    }

    @Transactional
    long post(Organisation organisation, VacancyForm form, long editorId) {
        long id = vacancies.insert(organisation.id(), organisation.name(), organisation.odsCode(), organisation.sector(),
                organisation.region(), form.title().strip(), form.sessions().strip(), form.closingOn(), form.applyUrl().strip(),
                blankToNull(form.summary()), editorId);
        audit.record("VACANCY_POSTED", "vacancy #" + id + " at " + organisation.odsCode(), form.title().strip()
                + ", closing " + Dates.date(form.closingOn()));
        return id;
    }

    Vacancy get(long id) {
        return vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
    }

    /** The outcome of an edit: whether the vacancy was closed or withdrawn before and is open again now. */
    record Edited(Vacancy before, boolean reopened) {
    }

    @Transactional
    Edited edit(long id, Organisation organisation, VacancyForm form) {
        Vacancy before = vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
        String title = form.title().strip();
        String sessions = form.sessions().strip();
        String applyUrl = form.applyUrl().strip();
        String summary = blankToNull(form.summary());
        vacancies.update(id, organisation.id(), organisation.name(), organisation.odsCode(), organisation.sector(),
                organisation.region(), title, sessions, form.closingOn(), applyUrl, summary, clock.instant());
        List<String> changed = new ArrayList<>();
        if (before.organisationId() != organisation.id()) {
            changed.add("organisation from " + before.odsCode() + " to " + organisation.odsCode());
        }
        if (!before.title().equals(title)) {
            changed.add("title from \"" + before.title() + "\"");
        }
        if (!before.sessions().equals(sessions)) {
            changed.add("sessions");
        }
        if (!before.closingOn().equals(form.closingOn())) {
            changed.add("closing date from " + Dates.date(before.closingOn()) + " to " + Dates.date(form.closingOn()));
        }
        if (!before.applyUrl().equals(applyUrl)) {
            changed.add("link to apply");
        }
        if (!Objects.equals(before.summary(), summary)) {
            changed.add("summary");
        }
        boolean reopened = !before.openOn(today());
        audit.record("VACANCY_EDITED", "vacancy #" + id + " at " + organisation.odsCode(), title
                + (changed.isEmpty() ? ": no changes" : ": changed " + String.join(", ", changed))
                + (reopened ? "; reopened" : ""));
        return new Edited(before, reopened);
    }

    @Transactional
    void withdraw(long id) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
        vacancies.withdraw(id, clock.instant());
        audit.record("VACANCY_WITHDRAWN", "vacancy #" + id + " at " + vacancy.odsCode(), vacancy.title());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
