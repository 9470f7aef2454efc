package org.ccionetwork.load;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.ccionetwork.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fills a database with synthetic data at the scale of a large national network, deterministically from a
 * seed, with PostgreSQL COPY. Run through Maven (see the README):
 *
 * <pre>./mvnw -Pgenerate-data -Dccio.generate.seed=42</pre>
 *
 * It starts the application on a spare port (so Flyway creates the schema and the register of NHS
 * providers is loaded), refuses to run on a database that already has members other than the first
 * administrator, loads, analyses and stops. Every generated member's password is {@link #PASSWORD}.
 */
public final class GenerateData {

    public static final String PASSWORD = "load-test-password-2026";
    static final int MEMBERS = Integer.getInteger("ccio.generate.members", 100_000);
    static final int APPOINTMENTS = Integer.getInteger("ccio.generate.appointments", 10_000);
    static final int BACKERS = Integer.getInteger("ccio.generate.backers", 3_000);

    static final List<String> FIRST = List.of("Aisha", "Ben", "Catherine", "David", "Eleanor", "Farid", "Grace", "Harry",
            "Imogen", "James", "Kavita", "Liam", "Megan", "Niall", "Olivia", "Patrick", "Rachel", "Samir", "Tessa", "Usman",
            "Victoria", "William", "Yasmin", "Zoe", "Amara", "Gareth", "Fiona", "Rajesh", "Claire", "Owen", "Priya", "Tom",
            "Helen", "Sam", "Joanna", "Kwame", "Lucy", "Mohammed", "Nadia", "Oliver", "Ruth", "Sean", "Uzma", "Wei");
    static final List<String> LAST = List.of("Adams", "Bhatt", "Clarke", "Davies", "Edwards", "Fraser", "Green", "Hussain",
            "Jones", "Khan", "Lewis", "Morgan", "Nwosu", "O'Brien", "Patel", "Roberts", "Singh", "Taylor", "Walsh", "Young",
            "Okafor", "Price", "Campbell", "Iyer", "Whitaker", "Evans", "Shah", "Hughes", "Marsh", "Whitfield", "Chen",
            "Kowalski", "Murphy", "Ahmed", "Thompson", "Wright", "Hall", "Wood", "Begum", "Mensah");
    static final List<String> PROFESSIONS = List.of("DOCTOR", "DOCTOR", "DOCTOR", "NURSE", "NURSE", "MIDWIFE",
            "ALLIED_HEALTH_PROFESSIONAL", "PHARMACIST", "PSYCHOLOGIST", "OTHER_CLINICIAN", "NOT_CLINICAL");

    private GenerateData() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.getLong("ccio.generate.seed", 42L);
        Instant started = Instant.now();
        // Command-line arguments, so they win over application.yml and the environment.
        String[] settings = {"--server.port=0", "--ccio.demo-content=false", "--db-scheduler.enabled=false",
                "--ccio.embedded-database.data-directory=" + System.getProperty("ccio.generate.data", "./data/bench"),
                "--spring.main.banner-mode=off"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(settings)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long existing = jdbc.sql("select count(*) from accounts.member").query(Long.class).single();
            if (existing > 1) {
                System.out.println("The database already has " + existing + " members: generate into an empty one.");
                return;
            }
            String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
            DataSource dataSource = context.getBean(DataSource.class);
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                var generator = new Generator(connection, jdbc, new Random(seed), hash);
                generator.all();
                connection.commit();
            }
            Instant loaded = Instant.now();
            jdbc.sql("analyze").update();
            System.out.printf("Generated in %s (analyse %s)%n", Duration.between(started, loaded),
                    Duration.between(loaded, Instant.now()));
        }
    }

    /** Each part of the data set; later parts may use the ids of earlier ones. */
    static final class Generator {
        final Connection connection;
        final JdbcClient jdbc;
        final Random random;
        final String hash;
        long firstMember;
        List<Long> providers;
        final LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Generator(Connection connection, JdbcClient jdbc, Random random, String hash) {
            this.connection = connection;
            this.jdbc = jdbc;
            this.random = random;
            this.hash = hash;
        }

        void all() throws Exception {
            members();
            appointments();
            backers();
        }

        long member(int index) {
            return firstMember + index;
        }

        void members() throws Exception {
            long t = System.nanoTime();
            firstMember = jdbc.sql("select coalesce(max(id), 0) + 1 from accounts.member").query(Long.class).single();
            Instant now = Instant.now();
            try (var members = new CopyWriter(connection, "accounts.member",
                    "email, name, password_hash, profession, organisation_name, email_verified_at, created_at, updated_at")) {
                for (int i = 0; i < MEMBERS; i++) {
                    String first = pick(FIRST);
                    String last = pick(LAST);
                    Instant joined = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 6)));
                    members.row("member" + i + "@load.example.nhs.uk", first + " " + last, hash, pick(PROFESSIONS),
                            random.nextInt(3) == 0 ? null : "Generated NHS Trust " + (i % 500), joined, joined, joined);
                }
            }
            try (var roles = new CopyWriter(connection, "accounts.member_role", "member_id, role")) {
                for (int i = 0; i < MEMBERS; i++) {
                    roles.row(member(i), "MEMBER");
                    if (i % 50 == 0) {
                        roles.row(member(i), "CCIO");
                    }
                    if (i % 2000 == 1) {
                        roles.row(member(i), "EDITOR");
                    }
                    if (i % 2000 == 2) {
                        roles.row(member(i), "MODERATOR");
                    }
                }
            }
            report("members", MEMBERS, t);
        }

        void appointments() throws Exception {
            long t = System.nanoTime();
            providers = jdbc.sql("select id from organisations.organisation where kind = 'NHS_PROVIDER' order by id")
                    .query(Long.class).list();
            try (var appointments = new CopyWriter(connection, "organisations.appointment",
                    "organisation_id, member_id, job_title, started_on, ended_on, evidence, show_name, status, decided_at, created_at, updated_at")) {
                for (int i = 0; i < APPOINTMENTS; i++) {
                    LocalDate start = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5400));
                    LocalDate end = random.nextInt(4) == 0 ? start.plusDays(30 + random.nextInt(1500)) : null;
                    if (end != null && end.isAfter(today)) {
                        end = null;
                    }
                    int roll = random.nextInt(100);
                    String status = roll < 85 ? "VERIFIED" : roll < 93 ? "PENDING" : "REJECTED";
                    Instant created = start.atStartOfDay().toInstant(ZoneOffset.UTC);
                    appointments.row(pick(providers), member((i * 50) % MEMBERS), "Chief Clinical Information Officer",
                            start, end, "Generated", random.nextInt(5) != 0, status,
                            status.equals("PENDING") ? null : created, created, created);
                }
            }
            report("appointments", APPOINTMENTS, t);
        }

        void backers() throws Exception {
            long t = System.nanoTime();
            List<String> kinds = List.of("INDIVIDUAL", "INDIVIDUAL", "INDIVIDUAL", "ROYAL_COLLEGE", "IT_COMPANY", "NHS_BODY",
                    "CHARITY", "OTHER");
            try (var backers = new CopyWriter(connection, "campaign.backer",
                    "kind, name, email, statement, contact_role, confirmed_at, approved_at, created_at, updated_at")) {
                for (int i = 0; i < BACKERS; i++) {
                    String kind = pick(kinds);
                    Instant when = Instant.now().minus(Duration.ofHours(random.nextInt(24 * 365 * 3)));
                    boolean organisation = !kind.equals("INDIVIDUAL");
                    backers.row(kind, organisation ? "Generated " + kind.toLowerCase().replace('_', ' ') + " " + i : pick(FIRST) + " " + pick(LAST),
                            "backer" + i + "@load.example.org", i % 4 == 0 ? "We back a CCIO in every provider." : null,
                            organisation ? "Director" : null, when, organisation && i % 10 != 0 ? when : null, when, when);
                }
            }
            report("backers", BACKERS, t);
        }

        <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        static void report(String what, long rows, long startedNanos) {
            System.out.printf("  %-28s %,10d rows in %,6d ms%n", what, rows, (System.nanoTime() - startedNanos) / 1_000_000);
        }
    }
}
