package org.ccionetwork.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccionetwork.HttpPages.csrf;
import static org.ccionetwork.HttpPages.post;
import static org.ccionetwork.HttpPages.uri;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.ccionetwork.Application;
import org.ccionetwork.HttpPages;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 300 members press "Register" for a 50-place event at the same moment, through real HTTP, half of them on
 * one instance of the application and half on another, both on the same database. Exactly 50 get a place,
 * 250 wait in one consistent order, each gets exactly one email; cancellations then promote in that order.
 */
class RegistrationConcurrencyTests {

    private static final int MEMBERS = 300;
    private static final int CAPACITY = 50;

    record Session(Members.Created member, String cookie, String csrf, ConfigurableApplicationContext instance) {
    }

    @Test
    void capacityHoldsUnderAStampedeAcrossTwoInstances() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start();
                ExecutorService pool = Executors.newFixedThreadPool(MEMBERS)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            var builder = new Members(jdbc, first.getBean(PasswordEncoder.class));
            var event = new Events(jdbc).anEvent().withCapacity(CAPACITY).create();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

            List<Members.Created> people = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                people.add(builder.aMember().withEmail(Members.uniqueEmail("stampede")).create());
            }
            // Signing in is slow on purpose (Argon2), so it is done beforehand, a few at a time.
            List<Future<Session>> signingIn = new ArrayList<>();
            try (ExecutorService few = Executors.newFixedThreadPool(4)) {
                for (int i = 0; i < MEMBERS; i++) {
                    var member = people.get(i);
                    var instance = i % 2 == 0 ? first : second;
                    signingIn.add(few.submit(() -> signIn(http, instance, member, event.slug())));
                }
            }
            List<Session> sessions = new ArrayList<>();
            for (var future : signingIn) {
                sessions.add(future.get());
            }

            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Integer>> presses = new ArrayList<>();
            for (Session session : sessions) {
                presses.add(pool.submit(() -> {
                    gate.await();
                    return post(http, session.instance(), "/events/" + event.slug() + "/register", session.cookie(), session.csrf()).statusCode();
                }));
            }
            long started = System.nanoTime();
            gate.countDown();
            for (var press : presses) {
                assertThat(press.get()).isEqualTo(302);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Registration stampede: %d registrations in %.2f s, %.0f per second, on two instances%n",
                    MEMBERS, seconds, MEMBERS / seconds);

            record Row(long memberId, String status, long position) {
            }
            List<Row> rows = jdbc.sql("""
                    select member_id, status, queue_position from events.registration where event_id = :event
                    order by queue_position""").param("event", event.id())
                    .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
            assertThat(rows).hasSize(MEMBERS);
            assertThat(rows.stream().filter(r -> r.status().equals("CONFIRMED"))).hasSize(CAPACITY);
            assertThat(rows.stream().filter(r -> r.status().equals("WAITING"))).hasSize(MEMBERS - CAPACITY);
            // One order for everyone: the first 50 pressed got the places, everyone after them waits.
            assertThat(rows.subList(0, CAPACITY)).allMatch(r -> r.status().equals("CONFIRMED"));
            assertThat(rows.subList(CAPACITY, MEMBERS)).allMatch(r -> r.status().equals("WAITING"));

            Map<String, Long> emails = emailsTo(jdbc, people);
            assertThat(emails).hasSize(MEMBERS).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
            // The waiting-list emails number people 1 to 250 in queue order.
            Map<Long, String> emailOf = people.stream().collect(Collectors.toMap(Members.Created::id, Members.Created::email));
            for (int i = CAPACITY; i < MEMBERS; i++) {
                String body = jdbc.sql("select body_text from shared.outbox_email where to_address = :to")
                        .param("to", emailOf.get(rows.get(i).memberId())).query(String.class).single();
                assertThat(body).contains("number " + (i - CAPACITY + 1) + " on the waiting list");
            }

            // Ten people with places cancel at once; the first ten waiting move up, in order.
            Map<Long, Session> byMember = sessions.stream().collect(Collectors.toMap(s -> s.member().id(), s -> s));
            List<Future<Integer>> cancellations = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Session session = byMember.get(rows.get(i).memberId());
                cancellations.add(pool.submit(() -> post(http, session.instance(), "/events/" + event.slug() + "/cancel", session.cookie(), session.csrf()).statusCode()));
            }
            for (var cancellation : cancellations) {
                assertThat(cancellation.get()).isEqualTo(302);
            }
            Map<Long, String> statuses = jdbc.sql("select member_id, status from events.registration where event_id = :event")
                    .param("event", event.id()).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(statuses.values().stream().filter("CONFIRMED"::equals)).hasSize(CAPACITY);
            for (int i = 0; i < 10; i++) {
                assertThat(statuses.get(rows.get(i).memberId())).isEqualTo("CANCELLED");
                assertThat(statuses.get(rows.get(CAPACITY + i).memberId())).isEqualTo("CONFIRMED");
                assertThat(jdbc.sql("select count(*) from shared.outbox_email where to_address = :to and subject like 'A place has come up%'")
                        .param("to", emailOf.get(rows.get(CAPACITY + i).memberId())).query(Long.class).single()).isEqualTo(1);
            }
            assertThat(statuses.get(rows.get(CAPACITY + 10).memberId())).isEqualTo("WAITING");
        }
    }

    private static Map<String, Long> emailsTo(JdbcClient jdbc, List<Members.Created> people) {
        return jdbc.sql("select to_address, count(*) from shared.outbox_email where to_address in (:to) group by to_address")
                .param("to", people.stream().map(Members.Created::email).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Session signIn(HttpClient http, ConfigurableApplicationContext instance, Members.Created member,
            String slug) throws Exception {
        String cookie = HttpPages.signIn(http, instance, member);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(instance, "/events/" + slug))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        return new Session(member, cookie, csrf(page.body()), instance);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "spring.main.banner-mode=off").run();
    }
}
