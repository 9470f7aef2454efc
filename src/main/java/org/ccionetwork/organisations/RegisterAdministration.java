package org.ccionetwork.organisations;

import org.ccionetwork.shared.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators' changes to the register, each audited in the same transaction. */
@Service
class RegisterAdministration {

    private final OrganisationRepository organisations;
    private final AuditLog audit;

    RegisterAdministration(OrganisationRepository organisations, AuditLog audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    @Transactional
    void add(ProviderForm form) {
        String code = form.odsCode().strip().toUpperCase(java.util.Locale.ROOT);
        organisations.insertProvider(code, form.name().strip(), form.sector(), form.region(),
                form.postcode() == null ? null : form.postcode().strip().toUpperCase(java.util.Locale.ROOT));
        audit.record("ORGANISATION_ADDED", code, form.name().strip());
    }

    @Transactional
    void retire(Organisation organisation, boolean retired) {
        organisations.setRetired(organisation.id(), retired);
        audit.record(retired ? "ORGANISATION_RETIRED" : "ORGANISATION_REINSTATED", organisation.odsCode(), organisation.name());
    }
}
