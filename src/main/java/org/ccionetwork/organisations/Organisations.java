package org.ccionetwork.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.VersionedCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/** What other modules ask of the organisations module: partners, the register, the campaign's figures. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final AppointmentRepository appointments;
    private final PartnerLogoRepository logos;
    private final Clock clock;
    private final VersionedCache<CampaignFigures> figures;

    Organisations(OrganisationRepository repository, AppointmentRepository appointments, PartnerLogoRepository logos,
            Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.logos = logos;
        this.appointments = appointments;
        this.clock = clock;
        this.figures = new VersionedCache<>(transactions, this::figuresVersion, this::computeFigures);
    }

    /** Partner bodies and sponsors, partners first, then by tier and name. */
    public List<Organisation> partners() {
        return repository.partners();
    }

    /** The logos of all current partners and sponsors, keyed by organisation id, in one query. */
    public Map<Long, PartnerLogo> partnerLogos() {
        Map<Long, PartnerLogo> byOrganisation = new LinkedHashMap<>();
        for (PartnerLogo logo : logos.ofPartners()) {
            byOrganisation.put(logo.organisationId(), logo);
        }
        return byOrganisation;
    }

    public Optional<Organisation> findByOdsCode(String odsCode) {
        return repository.findByOdsCode(odsCode);
    }

    public Optional<Organisation> findById(long id) {
        return repository.findById(id);
    }

    /**
     * The figures as they stand today (Europe/London), reused while {@link #figuresVersion} is unchanged (one
     * statement, in no transaction), computed again in one read-only transaction when it has changed.
     */
    public CampaignFigures figures() {
        return figures.get();
    }

    private CampaignFigures computeFigures() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        return new CampaignFigures(today, appointments.total(today), appointments.grouped("sector", today),
                appointments.grouped("region", today), appointments.byMonth(today));
    }

    /** Verified appointments at NHS providers, for open data. */
    public List<Appointment> verifiedAppointments() {
        return appointments.verified();
    }

    /** Current NHS providers of the register, by name, for pickers in other modules. */
    public List<Organisation> providers() {
        return repository.providers();
    }

    /**
     * Ids of members publicly named as a current CCIO: a verified appointment current today (Europe/London)
     * that shows their name. One query.
     */
    public Set<Long> publicCcioMemberIds() {
        return Set.copyOf(appointments.publicCcioMemberIds(LocalDate.now(clock.withZone(Dates.LONDON))));
    }

    /** The verified appointments current today of the given members, in one query, keyed by member id. */
    public Map<Long, List<Appointment>> currentAppointments(Collection<Long> memberIds) {
        Map<Long, List<Appointment>> byMember = new LinkedHashMap<>();
        if (memberIds.isEmpty()) {
            return byMember;
        }
        for (Appointment appointment : appointments.currentFor(memberIds, LocalDate.now(clock.withZone(Dates.LONDON)))) {
            byMember.computeIfAbsent(appointment.memberId(), id -> new java.util.ArrayList<>()).add(appointment);
        }
        return byMember;
    }

    /** Changes whenever anything the figures depend on changes; cheap to compute. */
    public String figuresVersion() {
        return appointments.version() + "/" + LocalDate.now(clock.withZone(Dates.LONDON));
    }
}
