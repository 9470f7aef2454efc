package org.ccionetwork.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.OrganisationKind;
import org.ccionetwork.organisations.OrganisationNotFound;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a provider's status for a standard. Only a current verified CCIO of that provider (as the organisations
 * module decides it, today in Europe/London), a moderator or an administrator may; a former CCIO may not. Every
 * change is kept in the history and the audit log, in the same transaction.
 */
@Service
class StatusService {

    private final StatusRepository statuses;
    private final StandardRepository standards;
    private final Organisations organisations;
    private final AuditLog audit;
    private final Clock clock;

    StatusService(StatusRepository statuses, StandardRepository standards, Organisations organisations, AuditLog audit,
            Clock clock) {
        this.statuses = statuses;
        this.standards = standards;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    /** The NHS provider with this ODS code, retired or not; anything that cannot be an ODS code is not found. */
    Organisation provider(String odsCode) {
        if (odsCode == null || !odsCode.matches("[A-Za-z0-9]{3,6}")) {
            throw OrganisationNotFound.forOdsCode(String.valueOf(odsCode));
        }
        return organisations.findByOdsCode(odsCode).filter(o -> o.kind() == OrganisationKind.NHS_PROVIDER)
                .orElseThrow(() -> OrganisationNotFound.forOdsCode(odsCode));
    }

    /** A current standard, for a new status: a retired one keeps its history but takes no changes. */
    Standard current(String slug) {
        return standards.findBySlug(slug == null ? "" : slug).filter(s -> !s.retired())
                .orElseThrow(() -> StandardNotFound.forSlug(String.valueOf(slug)));
    }

    /** Whether this member holds a verified appointment at the provider that is current today. One statement. */
    boolean isCurrentCcio(long memberId, long organisationId) {
        return organisations.currentAppointments(List.of(memberId)).getOrDefault(memberId, List.of()).stream()
                .anyMatch(appointment -> appointment.organisationId() == organisationId);
    }

    boolean maySet(Viewer viewer, Organisation provider) {
        return viewer != null && provider.retiredAt() == null
                && (viewer.isModerator() || isCurrentCcio(viewer.id(), provider.id()));
    }

    ProviderStatus currentStatus(Organisation provider, Standard standard) {
        return statuses.forProvider(provider.id()).stream().filter(s -> s.standardId() == standard.id()).findFirst()
                .orElse(null);
    }

    /**
     * Saves the status when the form is right and the viewer may; otherwise changes nothing and returns the
     * messages. Saving what is already there records nothing.
     */
    @Transactional
    FormErrors set(Viewer viewer, Organisation provider, Standard standard, StatusForm form) {
        if (!maySet(viewer, provider)) {
            throw StatusChangeNotAllowed.at(provider.odsCode());
        }
        FormErrors errors = form.check(today());
        if (errors.any()) {
            return errors;
        }
        var before = statuses.lock(provider.id(), standard.id()).orElse(null);
        AdoptionStatus from = before == null ? AdoptionStatus.NOT_KNOWN : before.status();
        if (before != null && StatusForm.of(before).equals(normalised(form))) {
            return FormErrors.NONE;
        }
        String as = viewer.isAdmin() ? "ADMIN" : viewer.isModerator() && !isCurrentCcio(viewer.id(), provider.id())
                ? "MODERATOR" : "CCIO";
        statuses.save(provider.id(), standard.id(), form, viewer.id(), as, from, clock.instant());
        audit.record("STANDARD_STATUS_SET", provider.odsCode() + " / " + standard.slug(),
                from.label() + " to " + form.chosen().label() + dated(form) + " (as " + as.toLowerCase(java.util.Locale.ROOT) + ")");
        return FormErrors.NONE;
    }

    /** The form as it would be read back once saved: only the date that goes with the status. */
    private static StatusForm normalised(StatusForm form) {
        return new StatusForm(form.chosen().name(), form.targetDate() == null ? "" : form.targetDate().toString(),
                form.liveDate() == null ? "" : form.liveDate().toString(), form.note(), form.evidenceUrl());
    }

    private static String dated(StatusForm form) {
        if (form.liveDate() != null) {
            return " since " + Dates.date(form.liveDate());
        }
        return form.targetDate() == null ? "" : " by " + Dates.date(form.targetDate());
    }
}
