package org.ccionetwork.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
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

    /**
     * The verified CCIOs (Europe/London), named only where they allowed it: every current one, and the
     * {@link #PAST_SHOWN} most recent past ones with how many past ones there are in all, so the page costs
     * the same however long a provider's history.
     */
    record Ccios(List<CcioLine> current, List<CcioLine> past, int pastCount) {

        public int pastNotShown() {
            return pastCount - past.size();
        }
    }

    static final int PAST_SHOWN = 10;

    Ccios ccios(Organisation organisation) {
        var verified = appointments.verifiedFor(organisation.id(), LocalDate.now(clock.withZone(Dates.LONDON)), PAST_SHOWN);
        Set<Long> ids = new HashSet<>();
        verified.current().forEach(a -> ids.add(a.memberId()));
        verified.past().forEach(a -> ids.add(a.memberId()));
        var names = members.findAll(ids);
        return new Ccios(lines(verified.current(), names), lines(verified.past(), names), verified.pastCount());
    }

    private static List<CcioLine> lines(List<Appointment> appointments, Map<Long, MemberSummary> names) {
        return appointments.stream().map(appointment -> {
            var member = names.get(appointment.memberId());
            return new CcioLine(appointment, appointment.showName() && member != null ? member.name() : NAME_NOT_SHOWN);
        }).toList();
    }
}
