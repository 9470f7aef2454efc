package org.ccionetwork.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ccionetwork.shared.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demonstration members, one per role, so a newcomer can look around as each kind of user. */
@Component
@Order(10)
class AccountsDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountsDemoContent.class);

    record DemoMember(String email, String name, Profession profession, String organisation, Set<Role> roles) {
    }

    static final List<DemoMember> MEMBERS = List.of(
            new DemoMember("amara.okafor@example.nhs.uk", "Dr Amara Okafor", Profession.DOCTOR,
                    "Manchester University NHS Foundation Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("gareth.price@example.nhs.uk", "Gareth Price", Profession.NURSE,
                    "South West London and St George's Mental Health NHS Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("priya.shah@example.nhs.uk", "Dr Priya Shah", Profession.DOCTOR,
                    "Leeds Teaching Hospitals NHS Trust", EnumSet.of(Role.MEMBER)),
            new DemoMember("tom.hughes@example.nhs.uk", "Tom Hughes", Profession.ALLIED_HEALTH_PROFESSIONAL,
                    "Birmingham Community Healthcare NHS Foundation Trust", EnumSet.of(Role.MEMBER)),
            new DemoMember("fiona.campbell@example.nhs.uk", "Dr Fiona Campbell", Profession.DOCTOR,
                    "Birmingham Community Healthcare NHS Foundation Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("rajesh.iyer@example.nhs.uk", "Rajesh Iyer", Profession.ALLIED_HEALTH_PROFESSIONAL,
                    "London Ambulance Service NHS Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("claire.whitaker@example.nhs.uk", "Dr Claire Whitaker", Profession.DOCTOR,
                    "Great Ormond Street Hospital for Children NHS Foundation Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("owen.evans@example.nhs.uk", "Owen Evans", Profession.NURSE,
                    "Nottingham University Hospitals NHS Trust", EnumSet.of(Role.MEMBER, Role.CCIO)),
            new DemoMember("editor@example.org", "Helen Marsh", Profession.NOT_CLINICAL, "CCIO Network",
                    EnumSet.of(Role.MEMBER, Role.EDITOR)),
            new DemoMember("moderator@example.org", "Dr Sam Whitfield", Profession.DOCTOR, "CCIO Network",
                    EnumSet.of(Role.MEMBER, Role.MODERATOR)));

    private final DemoContent demo;
    private final MemberRepository members;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountsDemoContent(DemoContent demo, MemberRepository members, PasswordEncoder passwords, Clock clock) {
        this.demo = demo;
        this.members = members;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var missing = MEMBERS.stream().filter(member -> !members.emailTaken(member.email())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String hash = passwords.encode(DemoContent.MEMBER_PASSWORD);
        for (DemoMember member : missing) {
            long id = members.insert(member.email(), member.name(), hash, member.profession(), member.organisation(),
                    now, false, now);
            members.setRoles(id, member.roles());
        }
        log.info("Demonstration members added ({} of them, password '{}')", missing.size(), DemoContent.MEMBER_PASSWORD);
    }
}
