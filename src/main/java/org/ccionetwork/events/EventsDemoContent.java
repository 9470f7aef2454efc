package org.ccionetwork.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.events.registration.RegistrationRepository;
import org.ccionetwork.events.registration.RegistrationStatus;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.topics.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's programme of nine events around today: the launch and the business-case event already held (with
 * attendance recorded), the rest to come, with speakers, sponsors and registrations by the demonstration
 * members. Written straight to the tables, so no emails go out.
 */
@Component
@Order(30)
class EventsDemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoContent.class);
    private static final String SERIES = "2026–27 programme";

    private final DemoContent demo;
    private final EventRepository events;
    private final RegistrationRepository registrations;
    private final Organisations organisations;
    private final MemberLookup members;
    private final Markdown markdown;
    private final Clock clock;
    private final Topics topics;

    EventsDemoContent(DemoContent demo, EventRepository events, RegistrationRepository registrations,
            Organisations organisations, MemberLookup members, Markdown markdown, Clock clock, Topics topics) {
        this.demo = demo;
        this.events = events;
        this.registrations = registrations;
        this.organisations = organisations;
        this.members = members;
        this.markdown = markdown;
        this.clock = clock;
        this.topics = topics;
    }

    private record Plan(String slug, String title, String summary, List<String> topics, String sector, int daysFromNow,
            int startHour, int hours, String venue, String link, int capacity, List<String> sponsors,
            List<Speaker> speakers, double cpd, List<String> attendees) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || events.slugTaken("ccio-network-launch")) {
            return;
        }
        Map<String, Long> sponsors = organisations.partners().stream()
                .collect(Collectors.toMap(Organisation::slug, Organisation::id, (a, b) -> a));
        List<String> everyone = List.of("amara.okafor@example.nhs.uk", "gareth.price@example.nhs.uk",
                "priya.shah@example.nhs.uk", "tom.hughes@example.nhs.uk", "editor@example.org", "moderator@example.org");
        Map<String, MemberSummary> people = everyone.stream().map(members::findByEmail).flatMap(Optional::stream)
                .collect(Collectors.toMap(MemberSummary::email, Function.identity()));
        Instant now = clock.instant();
        for (Plan plan : plans(everyone)) {
            LocalDate day = LocalDate.ofInstant(now, Dates.LONDON).plusDays(plan.daysFromNow());
            Instant starts = day.atTime(LocalTime.of(plan.startHour(), 0)).atZone(Dates.LONDON).toInstant();
            Instant ends = starts.plusSeconds(plan.hours() * 3600L);
            var command = new EventCommand(plan.title(), plan.summary(), markdown.toHtml(plan.summary()), plan.sector(),
                    starts, ends, plan.venue(), plan.link(), plan.capacity(), starts.minusSeconds(86400L * 90), null,
                    EventStatus.PUBLISHED, SERIES, BigDecimal.valueOf(plan.cpd()), null, null,
                    topics.slugs(plan.topics()),
                    plan.speakers(), plan.sponsors().stream().map(sponsors::get).filter(java.util.Objects::nonNull).toList());
            long id = events.insert(plan.slug(), command, now);
            boolean past = plan.daysFromNow() < 0;
            Instant registeredAt = past ? starts.minusSeconds(86400L * 21) : now;
            int confirmed = 0;
            for (String email : plan.attendees()) {
                MemberSummary member = people.get(email);
                if (member == null) {
                    continue;
                }
                var status = confirmed < plan.capacity() ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
                var registration = registrations.register(id, member.id(), status,
                        email.startsWith("priya") ? "Vegetarian lunch, please" : null, registeredAt);
                if (status == RegistrationStatus.CONFIRMED) {
                    confirmed++;
                }
                // One person stayed away from each past event, so the attendance rate is not a flat 100%.
                if (past && status == RegistrationStatus.CONFIRMED && !email.startsWith("tom")) {
                    registrations.checkIn(registration.id(), id, starts.plusSeconds(600));
                }
            }
        }
        log.info("Demonstration events added");
    }

    private static List<Plan> plans(List<String> everyone) {
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan("ccio-network-launch", "CCIO Network launch",
                """
                The launch of the CCIO Leaders Network: why every NHS provider needs a Chief Clinical Information \
                Officer, what the role looks like in practice, and how the network will support people in post.

                An afternoon of short talks and a panel, followed by a reception.""",
                List.of("leadership", "business-case"), "All sectors", -60, 13, 5,
                "Royal College of Physicians, 11 St Andrews Place, London NW1 4LE", null, 120,
                List.of("royal-college-of-physicians", "bcs", "meridian-clinical-systems", "openwell-health-software"),
                List.of(new Speaker("Dr Amara Okafor", "CCIO", "Manchester University NHS Foundation Trust"),
                        new Speaker("Professor Ian Caldwell", "Clinical lead, health informatics", "Royal College of Physicians"),
                        new Speaker("Ruth Adeyemi", "Chair, health and care group", "BCS, The Chartered Institute for IT")),
                3, everyone));
        plans.add(new Plan("business-case-for-a-ccio", "Making the business case for a CCIO",
                """
                How to persuade a trust board to create and fund a CCIO post: the costs, the benefits that boards \
                recognise, and the job description templates that have worked elsewhere.""",
                List.of("business-case"), "Acute", -20, 14, 3, "Manchester Conference Centre, Sackville Street, Manchester M1 3BB",
                "https://meet.example.org/ccio-business-case", 80, List.of("meridian-clinical-systems"),
                List.of(new Speaker("Dr Amara Okafor", "CCIO", "Manchester University NHS Foundation Trust"),
                        new Speaker("Janet Ellis", "Director of finance", "Stockport NHS Foundation Trust")),
                2.5, everyone.subList(0, 4)));
        plans.add(new Plan("record-keeping", "Supporting standards and better record keeping",
                """
                Clinical records that travel with the patient need shared standards. This workshop looks at the \
                professional record standards, coded data and what a CCIO can do to improve record keeping on the wards.""",
                List.of("record-keeping", "interoperability"), "All sectors", 12, 10, 6,
                "Leeds General Infirmary, Great George Street, Leeds LS1 3EX", null, 60,
                List.of("royal-college-of-physicians", "openwell-health-software"),
                List.of(new Speaker("Dr Priya Shah", "Consultant physician", "Leeds Teaching Hospitals NHS Trust"),
                        new Speaker("Mark Osei", "Standards lead", "Professional Record Standards Body")),
                5, everyone.subList(0, 3)));
        plans.add(new Plan("the-ccio-in-mental-health", "The CCIO in mental health",
                """
                Electronic records in mental health services raise their own questions: confidentiality, risk \
                assessment, and care that spans health and social care. Led by CCIOs from mental health trusts.""",
                List.of("mental-health"), "Mental health", 33, 14, 2, null, "https://meet.example.org/ccio-mental-health", 80,
                List.of("bluecastle-digital"),
                List.of(new Speaker("Gareth Price", "CCIO (nursing)", "South West London and St George's Mental Health NHS Trust")),
                2, List.of("gareth.price@example.nhs.uk", "tom.hughes@example.nhs.uk")));
        plans.add(new Plan("informatics-skills-workshop", "Informatics skills for new CCIOs",
                """
                A small hands-on workshop: reading a data model, writing a clinical safety case, and working with \
                suppliers. Places are deliberately few.""",
                List.of("informatics-skills"), "All sectors", 47, 10, 6, "BCS, 25 Copthall Avenue, London EC2R 7BP", null, 4,
                List.of("bcs"), List.of(new Speaker("Ruth Adeyemi", "Chair, health and care group", "BCS, The Chartered Institute for IT")),
                5, everyone.subList(0, 5)));
        plans.add(new Plan("clinical-safety-and-the-ccio", "Clinical safety and the CCIO", """
                Clinical risk management standards for health IT, and the CCIO's part in deploying systems safely.""",
                List.of("record-keeping", "leadership"), "Acute", 75, 14, 3,
                "Birmingham Council House, Victoria Square, Birmingham B1 1BB", null, 90,
                List.of("meridian-clinical-systems"), List.of(new Speaker("Dr Helen Marsh", "Clinical safety officer", "CCIO Network")),
                3, List.of()));
        plans.add(new Plan("sharing-records-across-a-region", "Interoperability in practice: sharing records across a region",
                """
                Shared care records from the people who built them: what was hard, what worked, and what clinicians \
                actually look at.""", List.of("interoperability"), "All sectors", 110, 13, 4, null,
                "https://meet.example.org/ccio-interoperability", 150, List.of("openwell-health-software"),
                List.of(new Speaker("Tom Hughes", "Physiotherapist and digital lead", "Birmingham Community Healthcare NHS Foundation Trust")),
                3, List.of("tom.hughes@example.nhs.uk")));
        plans.add(new Plan("ccios-in-community-and-ambulance-services", "CCIOs in community and ambulance services",
                """
                Mobile working, records at the roadside and in people's homes, and leading change across a large area.""",
                List.of("leadership"), "Community", 150, 14, 3, null, "https://meet.example.org/ccio-community", 100, List.of(),
                List.of(new Speaker("Dr Sam Whitfield", "Paramedic consultant", "CCIO Network")), 2, List.of()));
        plans.add(new Plan("ccio-network-annual-conference", "CCIO Network annual conference",
                """
                Our first annual conference: a full day of talks, workshops and the network's report on how many \
                providers have appointed a CCIO.""", List.of("leadership", "business-case", "record-keeping"),
                "All sectors", 240, 9, 8, "ICC Birmingham, Broad Street, Birmingham B1 2EA", null, 300,
                List.of("royal-college-of-physicians", "bcs", "meridian-clinical-systems", "openwell-health-software", "bluecastle-digital"),
                List.of(new Speaker("Professor Ian Caldwell", "Clinical lead, health informatics", "Royal College of Physicians")),
                6, List.of("amara.okafor@example.nhs.uk")));
        return plans;
    }
}
