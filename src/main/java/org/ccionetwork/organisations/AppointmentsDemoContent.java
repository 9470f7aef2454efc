package org.ccionetwork.organisations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign at its start: a handful of verified CCIOs across sectors (one who has moved on), and one claim
 * waiting for a moderator.
 */
@Component
@Order(15)
class AppointmentsDemoContent implements ApplicationRunner {

    record Demo(String email, String odsCode, String jobTitle, LocalDate started, LocalDate ended, boolean verified) {
    }

    static final List<Demo> APPOINTMENTS = List.of(
            new Demo("amara.okafor@example.nhs.uk", "R0A", "Chief Clinical Information Officer", LocalDate.of(2025, 3, 1), null, true),
            new Demo("gareth.price@example.nhs.uk", "RQY", "Chief Nursing Information Officer and CCIO", LocalDate.of(2025, 6, 16), null, true),
            new Demo("fiona.campbell@example.nhs.uk", "RYW", "Chief Clinical Information Officer", LocalDate.of(2025, 11, 3), null, true),
            new Demo("rajesh.iyer@example.nhs.uk", "RRU", "Clinical Director of Digital (CCIO)", LocalDate.of(2026, 2, 2), null, true),
            new Demo("claire.whitaker@example.nhs.uk", "RP4", "Chief Clinical Information Officer", LocalDate.of(2026, 5, 11), null, true),
            new Demo("owen.evans@example.nhs.uk", "RX1", "Chief Clinical Information Officer", LocalDate.of(2026, 9, 1), null, true),
            new Demo("owen.evans@example.nhs.uk", "RR8", "Deputy CCIO", LocalDate.of(2024, 10, 1), LocalDate.of(2026, 8, 31), true),
            new Demo("priya.shah@example.nhs.uk", "RR8", "Chief Clinical Information Officer", LocalDate.of(2026, 10, 1), null, false));

    private final DemoContent demo;
    private final AppointmentRepository appointments;
    private final OrganisationRepository organisations;
    private final MemberLookup members;

    AppointmentsDemoContent(DemoContent demo, AppointmentRepository appointments, OrganisationRepository organisations,
            MemberLookup members) {
        this.demo = demo;
        this.appointments = appointments;
        this.organisations = organisations;
        this.members = members;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var first = members.findByEmail(APPOINTMENTS.getFirst().email());
        if (first.isEmpty() || !appointments.forMember(first.get().id()).isEmpty()) {
            return;
        }
        var moderator = members.findByEmail("moderator@example.org").map(m -> m.id()).orElse(0L);
        for (Demo item : APPOINTMENTS) {
            var member = members.findByEmail(item.email()).orElse(null);
            var organisation = organisations.findByOdsCode(item.odsCode()).orElse(null);
            if (member == null || organisation == null) {
                continue;
            }
            long id = appointments.insert(organisation.id(), member.id(), item.jobTitle(), item.started(), item.ended(),
                    "Named on the trust's board papers (demonstration).", true);
            if (item.verified()) {
                appointments.decide(id, Appointment.Status.VERIFIED, moderator, null, Instant.now());
            }
        }
    }
}
