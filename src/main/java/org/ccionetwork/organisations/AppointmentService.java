package org.ccionetwork.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberRoles;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * CCIO appointments: a member claims, a moderator (never the claimant) verifies or rejects, and either side
 * can end an appointment later. A verified current appointment makes the member a CCIO.
 */
@Service
class AppointmentService {

    static final class NotAllowed extends AccessDeniedException {
        NotAllowed(String message) {
            super(message);
        }
    }

    private final AppointmentRepository appointments;
    private final OrganisationRepository organisations;
    private final MemberLookup members;
    private final MemberRoles roles;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, OrganisationRepository organisations, MemberLookup members,
            MemberRoles roles, Outbox outbox, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.organisations = organisations;
        this.members = members;
        this.roles = roles;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.LONDON));
    }

    boolean hasOpenClaim(long memberId, long organisationId) {
        return appointments.hasOpenClaim(memberId, organisationId);
    }

    /**
     * The rules a claim must meet beyond its form's own: the organisation is still open (else
     * {@link OrganisationRetired}), the end comes after the start, and the member has no open claim or current
     * appointment there already. What is wrong is added to {@code errors} beside its field.
     */
    void check(long memberId, Organisation organisation, ClaimForm form, Errors errors) {
        if (organisation.retiredAt() != null) {
            throw OrganisationRetired.forOdsCode(organisation.odsCode());
        }
        if (form.endedOn() != null && form.startedOn() != null && form.endedOn().isBefore(form.startedOn())) {
            errors.rejectValue("endedOn", "order", "The end date must be after the start date");
        }
        if (!errors.hasErrors() && hasOpenClaim(memberId, organisation.id())) {
            errors.rejectValue("jobTitle", "duplicate",
                    "You already have a claim or a current appointment at this organisation");
        }
    }

    @Transactional
    long claim(long memberId, Organisation organisation, ClaimForm form) {
        if (organisation.retiredAt() != null) {
            throw OrganisationRetired.forOdsCode(organisation.odsCode());
        }
        long id = appointments.insert(organisation.id(), memberId, form.jobTitle().strip(), form.startedOn(), form.endedOn(),
                form.evidence().strip(), form.showsName());
        audit.record("APPOINTMENT_CLAIMED", "appointment #" + id + " at " + organisation.odsCode(),
                "from " + Dates.date(form.startedOn()) + (form.endedOn() == null ? "" : " to " + Dates.date(form.endedOn())));
        return id;
    }

    @Transactional
    void verify(long appointmentId, long moderatorId) {
        Appointment appointment = decidable(appointmentId, moderatorId);
        appointments.decide(appointmentId, Appointment.Status.VERIFIED, moderatorId, null, clock.instant());
        if (appointments.hasCurrentVerified(appointment.memberId(), today())) {
            roles.grant(appointment.memberId(), Role.CCIO);
        }
        audit.record("APPOINTMENT_VERIFIED", "appointment #" + appointmentId + " at " + appointment.odsCode(),
                "member #" + appointment.memberId());
        tell(appointment, "Your CCIO appointment has been verified", """
                Your appointment as CCIO of %s has been verified. It now counts in the campaign's figures, and your
                profile carries the CCIO badge from your next sign-in.""".formatted(appointment.organisationName()));
    }

    @Transactional
    void reject(long appointmentId, long moderatorId, String reason) {
        Appointment appointment = decidable(appointmentId, moderatorId);
        appointments.decide(appointmentId, Appointment.Status.REJECTED, moderatorId, reason, clock.instant());
        audit.record("APPOINTMENT_REJECTED", "appointment #" + appointmentId + " at " + appointment.odsCode(), reason);
        tell(appointment, "Your CCIO appointment could not be verified", """
                We could not verify your appointment as CCIO of %s.

                The moderator's reason: %s

                You can claim it again with more evidence.""".formatted(appointment.organisationName(), reason));
    }

    /**
     * Ends an appointment: the member's own, or any as a moderator. History is kept. The end is the date asked
     * for, today when none is given or it is in the future, and never before the start.
     */
    @Transactional
    void end(long appointmentId, long actorId, boolean moderator, LocalDate asked) {
        LocalDate endedOn = asked == null || asked.isAfter(today()) ? today() : asked;
        Appointment appointment = appointments.lock(appointmentId).orElseThrow(() -> AppointmentNotFound.forId(appointmentId));
        if (!moderator && appointment.memberId() != actorId) {
            throw new NotAllowed("Only the member or a moderator can end this appointment");
        }
        if (appointment.status() != Appointment.Status.VERIFIED || appointment.endedOn() != null) {
            return;
        }
        LocalDate end = endedOn.isBefore(appointment.startedOn()) ? appointment.startedOn() : endedOn;
        appointments.end(appointmentId, end, clock.instant());
        if (!appointments.hasCurrentVerified(appointment.memberId(), today())) {
            roles.withdraw(appointment.memberId(), Role.CCIO);
        }
        audit.record("APPOINTMENT_ENDED", "appointment #" + appointmentId + " at " + appointment.odsCode(),
                "ended " + Dates.date(end));
    }

    List<Appointment> forMember(long memberId) {
        return appointments.forMember(memberId);
    }

    private Appointment decidable(long appointmentId, long moderatorId) {
        Appointment appointment = appointments.lock(appointmentId).orElseThrow(() -> AppointmentNotFound.forId(appointmentId));
        if (appointment.memberId() == moderatorId) {
            throw new NotAllowed("You cannot decide your own claim");
        }
        if (!appointment.pending()) {
            throw new NotAllowed("This claim has already been decided");
        }
        return appointment;
    }

    private void tell(Appointment appointment, String subject, String text) {
        members.find(appointment.memberId()).filter(m -> m.email() != null).ifPresent(member ->
                outbox.enqueue(new OutgoingEmail(member.email(), subject, "Dear " + member.name() + ",\n\n" + text
                        + "\n\nThe CCIO Network\n")));
    }
}
