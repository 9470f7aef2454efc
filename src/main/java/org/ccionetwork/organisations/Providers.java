package org.ccionetwork.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.organisations.OrganisationPages.CcioLine;
import org.ccionetwork.shared.Dates;
import org.springframework.stereotype.Service;

/**
 * The register's provider pages: which address names a provider, and its CCIOs now and before as the public may
 * see them.
 */
@Service
class Providers {

    static final String NAME_NOT_SHOWN = "Name not shown";

    private final OrganisationRepository organisations;
    private final AppointmentRepository appointments;
    private final MemberLookup members;
    private final Clock clock;

    Providers(OrganisationRepository organisations, AppointmentRepository appointments, MemberLookup members,
            Clock clock) {
        this.organisations = organisations;
        this.appointments = appointments;
        this.members = members;
        this.clock = clock;
    }

    /** The NHS provider with this ODS code, retired or not; anything that cannot be an ODS code is not found. */
    Organisation byOdsCode(String odsCode) {
        if (odsCode == null || !odsCode.matches("[A-Za-z0-9]{3,6}")) {
            throw OrganisationNotFound.forOdsCode(String.valueOf(odsCode));
        }
        return organisations.findByOdsCode(odsCode).filter(o -> o.kind() == OrganisationKind.NHS_PROVIDER)
                .orElseThrow(() -> OrganisationNotFound.forOdsCode(odsCode));
    }

    /** The verified CCIOs, current and past (Europe/London), named only where they allowed it. */
    record Ccios(List<CcioLine> current, List<CcioLine> past) {
    }

    Ccios ccios(Organisation organisation) {
        var history = appointments.forOrganisation(organisation.id());
        Set<Long> ids = new HashSet<>();
        history.forEach(a -> ids.add(a.memberId()));
        var names = members.findAll(ids);
        List<CcioLine> current = new ArrayList<>();
        List<CcioLine> past = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        for (Appointment appointment : history) {
            if (appointment.status() != Appointment.Status.VERIFIED) {
                continue;
            }
            var member = names.get(appointment.memberId());
            String name = appointment.showName() && member != null ? member.name() : NAME_NOT_SHOWN;
            (appointment.currentOn(today) ? current : past).add(new CcioLine(appointment, name));
        }
        return new Ccios(current, past);
    }
}
