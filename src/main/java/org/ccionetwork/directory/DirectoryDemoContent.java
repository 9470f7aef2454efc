package org.ccionetwork.directory;

import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.directory.mentoring.MentoringRepository;
import org.ccionetwork.directory.vacancies.VacancyRepository;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.DemoContent;
import org.ccionetwork.topics.Topics;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles for the demonstration members (with a range of privacy settings), mentoring offers from CCIOs,
 * requests from two members, and open vacancies at real providers. Added once: nothing is added when the first
 * demonstration member already has a profile.
 */
@Component
@Order(30)
class DirectoryDemoContent implements ApplicationRunner {

    record DemoProfile(String email, Profession profession, String jobTitle, String odsCode, String otherOrganisation,
            String region, List<String> interests, String biography, RegistrationBody body, String number,
            Visibility listing, Visibility role) {
    }

    static final List<DemoProfile> PROFILES = List.of(
            new DemoProfile("amara.okafor@example.nhs.uk", Profession.DOCTOR, "Chief Clinical Information Officer", "R0A", null, null,
                    List.of("epr", "interoperability", "business-case", "leadership"),
                    "Consultant in acute medicine. Led the trust's move to a single electronic patient record across four hospitals.",
                    RegistrationBody.GMC, "4567812", Visibility.EVERYONE, Visibility.EVERYONE),
            new DemoProfile("gareth.price@example.nhs.uk", Profession.NURSE, "Chief Nursing Information Officer and CCIO", "RQY", null, null,
                    List.of("mental-health", "record-keeping", "nursing-informatics", "clinical-safety"),
                    "Mental health nurse by background; interested in making care plans useful at the bedside and in the community.",
                    RegistrationBody.NMC, "98H1234E", Visibility.EVERYONE, Visibility.MEMBERS),
            new DemoProfile("fiona.campbell@example.nhs.uk", Profession.DOCTOR, "Chief Clinical Information Officer", "RYW", null, null,
                    List.of("community-primary", "digital-inclusion", "data-analytics"),
                    "Community paediatrician. Working on shared care records with local GP practices.",
                    RegistrationBody.GMC, "6123498", Visibility.MEMBERS, Visibility.MEMBERS),
            new DemoProfile("rajesh.iyer@example.nhs.uk", Profession.ALLIED_HEALTH_PROFESSIONAL, "Clinical Director of Digital (CCIO)", "RRU", null, null,
                    List.of("interoperability", "cyber-security", "patient-facing"),
                    "Paramedic. Connecting ambulance records with emergency departments across London.",
                    RegistrationBody.HCPC, "PA23817", Visibility.MEMBERS, Visibility.MEMBERS),
            new DemoProfile("claire.whitaker@example.nhs.uk", Profession.DOCTOR, "Chief Clinical Information Officer", "RP4", null, null,
                    List.of("ai", "clinical-safety", "data-analytics", "leadership"),
                    "Paediatric intensivist with an interest in the safe use of decision support and AI.",
                    null, null, Visibility.EVERYONE, Visibility.EVERYONE),
            new DemoProfile("owen.evans@example.nhs.uk", Profession.NURSE, "Chief Clinical Information Officer", "RX1", null, null,
                    List.of("epr", "nursing-informatics", "business-case"),
                    "Formerly deputy CCIO at Leeds; now leading Nottingham's clinical systems programme.",
                    RegistrationBody.NMC, "02A5678N", Visibility.MEMBERS, Visibility.MEMBERS),
            new DemoProfile("priya.shah@example.nhs.uk", Profession.DOCTOR, "Consultant physician", "RR8", null, null,
                    List.of("business-case", "epr", "leadership"),
                    "Preparing to take on the CCIO role at Leeds and keen to learn from those already in post.",
                    RegistrationBody.GMC, "7012345", Visibility.MEMBERS, Visibility.MEMBERS),
            new DemoProfile("tom.hughes@example.nhs.uk", Profession.ALLIED_HEALTH_PROFESSIONAL, "Clinical systems lead (physiotherapy)", "RYW", null, null,
                    List.of("community-primary", "record-keeping", "nursing-informatics"),
                    null, RegistrationBody.HCPC, "PH61234", Visibility.MEMBERS, Visibility.HIDDEN),
            new DemoProfile("editor@example.org", Profession.NOT_CLINICAL, "Network editor", null, "CCIO Network", "London",
                    List.of("leadership"), null, null, null, Visibility.MEMBERS, Visibility.MEMBERS),
            new DemoProfile("moderator@example.org", Profession.DOCTOR, "Network moderator", null, "CCIO Network", "North West",
                    List.of("clinical-safety"), null, null, null, Visibility.MEMBERS, Visibility.MEMBERS));

    record DemoOffer(String email, List<String> topics, int capacity, String note) {
    }

    static final List<DemoOffer> OFFERS = List.of(
            new DemoOffer("amara.okafor@example.nhs.uk", List.of("business-case", "epr", "leadership"), 2,
                    "Happy to talk through a business case or an EPR procurement."),
            new DemoOffer("gareth.price@example.nhs.uk", List.of("mental-health", "nursing-informatics", "record-keeping"), 3, null),
            new DemoOffer("fiona.campbell@example.nhs.uk", List.of("community-primary", "digital-inclusion"), 1, null),
            new DemoOffer("claire.whitaker@example.nhs.uk", List.of("ai", "clinical-safety", "leadership"), 2,
                    "Especially for clinicians new to clinical safety cases."));

    record DemoVacancy(String odsCode, String title, String sessions, int closesInDays, String url, String summary) {
    }

    static final List<DemoVacancy> VACANCIES = List.of(
            new DemoVacancy("RTH", "Chief Clinical Information Officer", "4 PAs a week", 28, "https://www.jobs.nhs.uk/",
                    "Lead clinical engagement with the trust's electronic patient record and digital strategy."),
            new DemoVacancy("RWK", "Chief Clinical Information Officer (mental health)", "3 PAs a week", 21, "https://www.jobs.nhs.uk/",
                    "A practising clinician to lead digital care records across community and inpatient mental health services."),
            new DemoVacancy("RBS", "Deputy CCIO", "2 PAs a week", 14, "https://www.jobs.nhs.uk/", null),
            new DemoVacancy("RHQ", "Chief Nursing Information Officer", "Full time, 37.5 hours a week", 35, "https://www.jobs.nhs.uk/",
                    "Lead nursing, midwifery and AHP informatics alongside the CCIO."));

    private final DemoContent demo;
    private final MemberLookup members;
    private final DirectoryService directory;
    private final ProfileRepository profiles;
    private final MentoringRepository mentoring;
    private final VacancyRepository vacancies;
    private final Organisations organisations;
    private final java.time.Clock clock;
    private final Topics topics;

    DirectoryDemoContent(DemoContent demo, MemberLookup members, DirectoryService directory, ProfileRepository profiles,
            MentoringRepository mentoring, VacancyRepository vacancies, Organisations organisations, java.time.Clock clock, Topics topics) {
        this.demo = demo;
        this.members = members;
        this.directory = directory;
        this.profiles = profiles;
        this.mentoring = mentoring;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.clock = clock;
        this.topics = topics;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        var first = members.findByEmail(PROFILES.getFirst().email());
        if (first.isEmpty() || profiles.find(first.get().id()).isPresent()) {
            return;
        }
        for (DemoProfile p : PROFILES) {
            members.findByEmail(p.email()).ifPresent(member -> directory.save(member.id(), form(p)));
        }
        for (DemoOffer offer : OFFERS) {
            members.findByEmail(offer.email()).ifPresent(member ->
                    mentoring.saveOffer(member.id(), topics.of(offer.topics()), offer.capacity(), offer.note(), true));
        }
        members.findByEmail("priya.shah@example.nhs.uk").ifPresent(member -> mentoring.insertRequest(member.id(),
                "I start as CCIO at Leeds next year and would like help writing the business case for clinical time and building a team.",
                topics.of(List.of("business-case", "leadership", "epr")), null, Profession.DOCTOR));
        members.findByEmail("tom.hughes@example.nhs.uk").ifPresent(member -> mentoring.insertRequest(member.id(),
                "I lead clinical systems for community therapy and want to grow into a CCIO role.",
                topics.of(List.of("community-primary", "record-keeping")), "Midlands", null));
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        var editor = members.findByEmail("editor@example.org").map(m -> m.id()).orElse(0L);
        for (DemoVacancy v : VACANCIES) {
            organisations.findByOdsCode(v.odsCode()).filter(o -> !vacancies.exists(o.odsCode(), v.title())).ifPresent(o ->
                    vacancies.insert(o.id(), o.name(), o.odsCode(), o.sector(), o.region(), v.title(), v.sessions(),
                            today.plusDays(v.closesInDays()), v.url(), v.summary(), editor));
        }
    }

    private static ProfileForm form(DemoProfile p) {
        return new ProfileForm(p.profession(), p.jobTitle(), p.odsCode(), p.otherOrganisation(), p.region(),
                p.interests(), p.biography(), p.body(), p.number(), "", "", "",
                p.listing(), p.role(), p.listing() == Visibility.EVERYONE ? Visibility.EVERYONE : Visibility.MEMBERS,
                Visibility.MEMBERS, Visibility.HIDDEN, Visibility.MEMBERS);
    }
}
