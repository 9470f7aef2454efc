package org.ccionetwork.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.ccionetwork.shared.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Dozens of confirmed backers of each kind, as a campaign has in its first weeks. The companies are invented. */
@Component
@Order(20)
class CampaignDemoContent implements ApplicationRunner {

    static final List<String> COLLEGES = List.of("Royal College of Physicians", "Royal College of Nursing",
            "Royal College of General Practitioners", "Royal College of Psychiatrists", "Royal College of Surgeons of England",
            "Royal College of Paediatrics and Child Health", "Royal College of Obstetricians and Gynaecologists",
            "Royal College of Radiologists", "Royal College of Anaesthetists", "Royal College of Emergency Medicine",
            "Royal College of Pathologists", "Royal College of Midwives", "Royal College of Occupational Therapists",
            "Royal Pharmaceutical Society", "Faculty of Clinical Informatics");
    static final List<String> COMPANY_WORDS = List.of("Meridian", "Openwell", "Bluecastle", "Northlight", "Harbour",
            "Kestrel", "Lumen", "Riverside", "Oakfield", "Summit", "Beacon", "Clearpath", "Foxglove", "Granite", "Halcyon",
            "Juniper", "Larkspur", "Mosaic", "Nimbus", "Orchard", "Pinnacle", "Quayside", "Redwood", "Saltire");
    static final List<String> COMPANY_ENDINGS = List.of("Health Systems", "Clinical Software", "Digital Health", "Informatics");
    static final List<String> NHS_BODIES = List.of("NHS Confederation", "NHS Providers", "Digital Health Networks",
            "Professional Record Standards Body", "Faculty of Medical Leadership and Management", "UK Faculty of Public Health",
            "Academic Health Science Network for the North East", "Health Education England legacy network",
            "Clinical Safety Officers' Network", "Chief Nursing Information Officers' Network", "NHS Employers",
            "Northern Care Alliance", "London Digital Programme", "Midlands Informatics Collaborative",
            "South West Clinical Networks", "East of England Digital Collaborative", "Yorkshire Informatics Partnership",
            "North West Shared Records Board", "South East Digital Alliance", "Wessex Clinical Informatics Group");
    static final List<String> CHARITIES = List.of("Patients Association", "Healthwatch volunteers' forum",
            "Mind informatics group", "Carers' Voice", "Kidney Care UK", "British Heart Foundation digital team",
            "Macmillan digital nurses", "National Voices", "Age UK digital inclusion", "Asthma and Lung UK",
            "Diabetes UK", "Alzheimer's Society", "Sue Ryder digital", "Marie Curie", "Versus Arthritis",
            "Stroke Association", "Parkinson's UK", "MS Society", "Epilepsy Action", "Sense");
    static final List<String> FIRST = List.of("Aisha", "Ben", "Catherine", "David", "Eleanor", "Farid", "Grace", "Harry",
            "Imogen", "James", "Kavita", "Liam", "Megan", "Niall", "Olivia", "Patrick", "Rachel", "Samir", "Tessa", "Usman",
            "Victoria", "William", "Yasmin", "Zoe");
    static final List<String> LAST = List.of("Adams", "Bhatt", "Clarke", "Davies", "Edwards", "Fraser", "Green", "Hussain",
            "Jones", "Khan", "Lewis", "Morgan", "Nwosu", "O'Brien", "Patel", "Roberts", "Singh", "Taylor", "Walsh", "Young");

    private final DemoContent demo;
    private final JdbcClient jdbc;

    CampaignDemoContent(DemoContent demo, JdbcClient jdbc) {
        this.demo = demo;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || jdbc.sql("select exists(select 1 from campaign.backer)").query(Boolean.class).single()) {
            return;
        }
        int n = 0;
        for (String name : COLLEGES) {
            insert(BackerKind.ROYAL_COLLEGE, name, "President", n++);
        }
        for (int i = 0; i < 36; i++) {
            insert(BackerKind.IT_COMPANY, COMPANY_WORDS.get(i % COMPANY_WORDS.size()) + " "
                    + COMPANY_ENDINGS.get(i / COMPANY_WORDS.size() + i % 2), "Chief Executive", n++);
        }
        for (String name : NHS_BODIES) {
            insert(BackerKind.NHS_BODY, name, "Director", n++);
        }
        for (String name : CHARITIES) {
            insert(BackerKind.CHARITY, name, "Chief Executive", n++);
        }
        for (int i = 0; i < 120; i++) {
            insert(BackerKind.INDIVIDUAL, FIRST.get(i % FIRST.size()) + " " + LAST.get((i * 7) % LAST.size()), null, n++);
        }
    }

    private void insert(BackerKind kind, String name, String role, int n) {
        Instant when = Instant.now().minusSeconds(3600L * 6 * n);
        jdbc.sql("""
                insert into campaign.backer (kind, name, email, contact_role, statement, confirmed_at, approved_at, created_at, updated_at)
                values (:kind, :name, :email, :role, :statement, :when, :approved, :when, :when)
                on conflict (email) do nothing
                """)
                .param("kind", kind.name()).param("name", name)
                .param("email", "backer" + n + "@" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example")
                .param("role", role)
                .param("statement", n % 5 == 0 ? "Every provider needs a clinician leading its digital work." : null)
                .param("when", java.sql.Timestamp.from(when))
                .param("approved", kind.organisation() ? java.sql.Timestamp.from(when) : null)
                .update();
    }
}
