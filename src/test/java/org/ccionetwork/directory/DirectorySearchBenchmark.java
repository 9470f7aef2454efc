package org.ccionetwork.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.Organisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (its name keeps it out of the build): loads 100,000 members with profiles into the throwaway test
 * database and prints EXPLAIN ANALYZE and timings of the directory's search queries. Run with
 * {@code ./mvnw test -Dtest=DirectorySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class DirectorySearchBenchmark {

    static final int MEMBERS = 100_000;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProfileRepository profiles;

    @Autowired
    Organisations organisations;

    @Autowired
    org.ccionetwork.topics.Topics topics;

    @Test
    void measure() {
        long start = System.nanoTime();
        jdbc.sql("""
                insert into accounts.member (email, name, profession, email_verified_at)
                select 'bench' || g || '@example.nhs.uk',
                       (array['Amara','Gareth','Priya','Tom','Fiona','Rajesh','Claire','Owen','Helen','Sam','Aisha','David','Sarah','James','Emma','Mohammed'])[1 + abs(hashtext(g || 'f')) % 16]
                       || ' ' || (array['Okafor','Price','Shah','Hughes','Campbell','Iyer','Whitaker','Evans','Marsh','Whitfield','Patel','Jones','Smith','Williams','Brown','Taylor','Khan','Davies','Wilson','Roberts'])[1 + abs(hashtext(g || 's')) % 20]
                       || ' ' || g,
                       (array['DOCTOR','NURSE','MIDWIFE','ALLIED_HEALTH_PROFESSIONAL','PHARMACIST','PSYCHOLOGIST','OTHER_CLINICIAN','NOT_CLINICAL'])[1 + abs(hashtext(g || 'p')) % 8],
                       now()
                from generate_series(1, :n) g
                """).param("n", MEMBERS).update();
        jdbc.sql("""
                insert into directory.profile (member_id, handle, name, profession, job_title, organisation_id, organisation_name,
                    sector, region, interests, biography, listing_visibility, role_visibility, interests_visibility)
                select m.id, 'bench-' || m.id, m.name, m.profession,
                       (array['Consultant','Chief Clinical Information Officer','Clinical lead','Matron','Deputy CCIO','Digital nurse'])[1 + abs(hashtext(m.id || 'j')) % 6],
                       o.id, o.name, o.sector, o.region,
                       array[(array['epr','interoperability','ai','clinical-safety','data-analytics','leadership','mental-health','business-case'])[1 + abs(hashtext(m.id || 'i')) % 8],
                             (array['record-keeping','cyber-security','patient-facing','digital-inclusion'])[1 + abs(hashtext(m.id || 'k')) % 4]],
                       'A clinician interested in digital care.',
                       (array['MEMBERS','MEMBERS','MEMBERS','MEMBERS','MEMBERS','MEMBERS','MEMBERS','MEMBERS','EVERYONE','HIDDEN'])[1 + abs(hashtext(m.id || 'l')) % 10],
                       (array['MEMBERS','MEMBERS','MEMBERS','EVERYONE','HIDDEN'])[1 + abs(hashtext(m.id || 'r')) % 5],
                       'MEMBERS'
                from accounts.member m
                join lateral (select id, name, sector, region from organisations.organisation
                              where kind = 'NHS_PROVIDER' order by id offset (abs(hashtext(m.id || 'o')) % 200) limit 1) o on true
                where m.email like 'bench%'
                """).update();
        // 400 CCIOs with verified current appointments, for the "CCIOs only" filter.
        jdbc.sql("""
                insert into organisations.appointment (organisation_id, member_id, job_title, started_on, evidence, status)
                select (select id from organisations.organisation where kind = 'NHS_PROVIDER' order by id offset (p.member_id % 200) limit 1),
                       p.member_id, 'CCIO', date '2025-01-01', 'bench', 'VERIFIED'
                from directory.profile p where p.handle like 'bench-%' order by p.member_id limit 400
                """).update();
        jdbc.sql("analyze").update();
        System.out.printf("%nLoaded %,d members and profiles in %.1f s%n", MEMBERS, (System.nanoTime() - start) / 1e9);
        System.out.printf("Profiles in the table: %,d%n", jdbc.sql("select count(*) from directory.profile").query(Long.class).single());

        Set<Long> ccios = organisations.publicCcioMemberIds();
        long rxt = organisations.findByOdsCode("RXT").orElseThrow().id();
        record Case(String label, DirectorySearch search, Long organisationId) {
        }
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("no filter, page 1", DirectorySearch.of(null, null, null, null, null, null, 1, topics), null));
        cases.add(new Case("no filter, page 50 (the last)", DirectorySearch.of(null, null, null, null, null, null, 50, topics), null));
        cases.add(new Case("name 'patel'", DirectorySearch.of("patel", null, null, null, null, null, 1, topics), null));
        cases.add(new Case("name 'amara ok'", DirectorySearch.of("amara ok", null, null, null, null, null, 1, topics), null));
        cases.add(new Case("organisation words 'birmingham solihull'", DirectorySearch.of("birmingham solihull", null, null, null, null, null, 1, topics), null));
        cases.add(new Case("region London", DirectorySearch.of(null, "London", null, null, null, null, 1, topics), null));
        cases.add(new Case("profession NURSE + region North West", DirectorySearch.of(null, "North West", Profession.NURSE.name(), null, null, null, 1, topics), null));
        cases.add(new Case("interest ai", DirectorySearch.of(null, null, null, "ai", null, null, 1, topics), null));
        cases.add(new Case("organisation RXT", DirectorySearch.of(null, null, null, null, "RXT", null, 1, topics), rxt));
        cases.add(new Case("CCIOs only", DirectorySearch.of(null, null, null, null, null, true, 1, topics), null));
        cases.add(new Case("visitor (API): name 'shah'", DirectorySearch.of("shah", null, null, null, null, null, 1, topics), null));

        for (Case c : cases) {
            boolean signedIn = !c.label().startsWith("visitor");
            for (int i = 0; i < 3; i++) {
                profiles.search(c.search(), signedIn, ccios, c.organisationId(), DirectoryService.PAGE_SIZE);
                profiles.count(c.search(), signedIn, ccios, c.organisationId(), DirectorySearch.MAX_RESULTS + 1);
            }
            int runs = 20;
            long t0 = System.nanoTime();
            long total = 0;
            for (int i = 0; i < runs; i++) {
                profiles.search(c.search(), signedIn, ccios, c.organisationId(), DirectoryService.PAGE_SIZE);
                total = profiles.count(c.search(), signedIn, ccios, c.organisationId(), DirectorySearch.MAX_RESULTS + 1);
            }
            double ms = (System.nanoTime() - t0) / 1e6 / runs;
            System.out.printf("%-45s %,7d matches  page + count: %6.2f ms%n", c.label(), total, ms);
        }
        for (Case c : List.of(cases.get(0), cases.get(2), cases.get(6), cases.get(7), cases.get(9))) {
            var params = new java.util.HashMap<String, Object>();
            params.put("tsquery", c.search().tsQuery());
            params.put("region", c.search().region());
            params.put("profession", c.search().profession() == null ? null : c.search().profession().name());
            params.put("organisationId", -1L);
            params.put("interest", c.search().interest() == null ? null : c.search().interest().slug());
            params.put("ccios", ccios.isEmpty() ? List.of(-1L) : ccios);
            String where = ProfileRepository.where(c.search(), true, null);
            System.out.println("\n== EXPLAIN ANALYZE, " + c.label() + " (page)");
            jdbc.sql("explain (analyze, buffers) select p.member_id, p.name from directory.profile p" + where
                    + " order by lower(p.name), p.member_id offset 0 limit 20").params(params)
                    .query(String.class).list().forEach(System.out::println);
            System.out.println("== EXPLAIN ANALYZE, " + c.label() + " (count, capped)");
            params.put("cap", DirectorySearch.MAX_RESULTS + 1);
            jdbc.sql("explain (analyze, buffers) select count(*) from (select 1 from directory.profile p" + where + " limit :cap) m").params(params)
                    .query(String.class).list().forEach(System.out::println);
        }
    }
}
