package org.ccionetwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccionetwork.HttpPages.csrf;
import static org.ccionetwork.HttpPages.post;
import static org.ccionetwork.HttpPages.signIn;
import static org.ccionetwork.HttpPages.uri;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.events.Events;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application behind an imaginary load balancer, on one external PostgreSQL and one SMTP
 * server, talked to through real HTTP: a session started on one is good on the other, the last places of an
 * event are never overbooked when members press "Register" on both at once, and every background job (outbox,
 * event reminders, forum digest, weekly newsletter) does its work exactly once although both instances run it.
 */
class SeveralInstancesTests {

    private static final int CAPACITY = 10;
    private static final int ALREADY_REGISTERED = 7;
    private static final int PRESSING = 20;

    record Session(Members.Created member, String cookie, String csrf, ConfigurableApplicationContext instance) {
    }

    @Test
    void twoInstancesOnOneDatabaseBehaveAsOne() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(Files.createTempDirectory("ccio-external-pg"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "100")
                        .setServerConfig("timezone", "UTC")
                        .start();
                // One after the other, so that the second finds the migrations done by the first.
                ConfigurableApplicationContext first = start(postgres, smtp);
                ConfigurableApplicationContext second = start(postgres, smtp);
                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            for (var instance : List.of(first, second)) {
                assertThat(instance.containsBean("embeddedDatabase")).as("the app's own embedded database").isFalse();
                assertThat(instance.getBean(javax.sql.DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(url);
                assertThat(instance.getBeansOfType(GreenMail.class)).as("no GreenMail of the app's own").isEmpty();
                assertThat(instance.getBean(JavaMailSenderImpl.class).getPort()).isEqualTo(smtp.getSmtp().getPort());
            }
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            var members = new Members(jdbc, first.getBean(PasswordEncoder.class));

            sessionStartedOnOneInstanceIsGoodOnTheOther(http, members, first, second);
            List<Members.Created> people = lastPlacesAreNeverOverbooked(http, jdbc, members, first, second);
            eachReminderGoesOnce(jdbc);
            eachDigestGoesOnce(jdbc, people);
            eachNewsletterGoesOnce(jdbc, people);
            everyQueuedEmailIsDeliveredOnce(jdbc, smtp);
        } finally {
            smtp.stop();
        }
    }

    private void sessionStartedOnOneInstanceIsGoodOnTheOther(HttpClient http, Members members,
            ConfigurableApplicationContext first, ConfigurableApplicationContext second) throws Exception {
        var member = members.aMember().named("Wandering Member").create();
        String cookie = signIn(http, first, member);
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(uri(second, "/account")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Wandering Member");

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri(second, "/account")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("the same page without the session").isEqualTo(302);

        // The second instance remembers the security context it read (accounts.SessionAttributes): signing out
        // on the first ends the session on the second at its next request.
        assertThat(post(http, first, "/sign-out", cookie, csrf(account.body())).statusCode()).isEqualTo(302);
        HttpResponse<String> after = http.send(HttpRequest.newBuilder(uri(second, "/account")).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).as("signed out on the other instance").isEqualTo(302);
    }

    /** Seven of ten places are taken; twenty members press "Register" at once, half on each instance. */
    private List<Members.Created> lastPlacesAreNeverOverbooked(HttpClient http, JdbcClient jdbc, Members members,
            ConfigurableApplicationContext first, ConfigurableApplicationContext second) throws Exception {
        var event = new Events(jdbc).anEvent().withCapacity(CAPACITY).startingIn(Duration.ofDays(1)).create();
        for (int i = 0; i < ALREADY_REGISTERED; i++) {
            var early = members.aMember().withEmail(Members.uniqueEmail("early")).create();
            jdbc.sql("""
                    insert into events.registration (event_id, member_id, status, queue_position, registered_at, confirmed_at)
                    values (:event, :member, 'CONFIRMED', nextval('events.queue_position'), :then, :then)""")
                    .param("event", event.id()).param("member", early.id())
                    .param("then", Timestamp.from(Instant.now().minus(Duration.ofDays(3)))).update();
        }
        List<Members.Created> people = new ArrayList<>();
        for (int i = 0; i < PRESSING; i++) {
            people.add(members.aMember().withEmail(Members.uniqueEmail("pressing")).create());
        }
        // Signed in on one instance, the form read from the other: the load balancer is not sticky.
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < PRESSING; i++) {
            var signedInOn = i % 2 == 0 ? first : second;
            var pressesOn = i % 2 == 0 ? second : first;
            String cookie = signIn(http, signedInOn, people.get(i));
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(pressesOn, "/events/" + event.slug()))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            sessions.add(new Session(people.get(i), cookie, csrf(page.body()), pressesOn));
        }

        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Integer>> presses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Session session : sessions) {
                presses.add(pool.submit(() -> {
                    gate.await();
                    return post(http, session.instance(), "/events/" + event.slug() + "/register", session.cookie(), session.csrf()).statusCode();
                }));
            }
            gate.countDown();
            for (var press : presses) {
                assertThat(press.get()).isEqualTo(302);
            }
        }

        record Row(long memberId, String status, long position) {
        }
        List<Row> rows = jdbc.sql("""
                select member_id, status, queue_position from events.registration where event_id = :event
                order by queue_position""").param("event", event.id())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
        assertThat(rows).hasSize(ALREADY_REGISTERED + PRESSING);
        assertThat(rows.stream().map(Row::memberId).distinct()).hasSize(ALREADY_REGISTERED + PRESSING);
        assertThat(rows.stream().map(Row::position).distinct()).as("one place in the queue each").hasSize(rows.size());
        // Never overbooked, and the waiting list is the rest of the queue, in order.
        assertThat(rows.subList(0, CAPACITY)).allMatch(r -> r.status().equals("CONFIRMED"));
        assertThat(rows.subList(CAPACITY, rows.size())).allMatch(r -> r.status().equals("WAITING"));

        Map<Long, String> emailOf = people.stream().collect(Collectors.toMap(Members.Created::id, Members.Created::email));
        for (int i = CAPACITY; i < rows.size(); i++) {
            String to = emailOf.get(rows.get(i).memberId());
            List<String> bodies = jdbc.sql("select body_text from shared.outbox_email where to_address = :to")
                    .param("to", to).query(String.class).list();
            assertThat(bodies).as(to).hasSize(1);
            assertThat(bodies.getFirst()).contains("number " + (i - CAPACITY + 1) + " on the waiting list");
        }
        for (int i = ALREADY_REGISTERED; i < CAPACITY; i++) {
            String to = emailOf.get(rows.get(i).memberId());
            assertThat(jdbc.sql("select subject from shared.outbox_email where to_address = :to").param("to", to)
                    .query(String.class).list()).as(to).containsExactly("Your place at " + event.title());
        }
        return people;
    }

    /** Every place was confirmed long enough ago to earn a reminder: each gets one, from one instance. */
    private void eachReminderGoesOnce(JdbcClient jdbc) {
        jdbc.sql("""
                update events.registration set confirmed_at = now() - interval '3 days'
                where status = 'CONFIRMED' and reminded_at is null""").update();
        runNow(jdbc, "event-reminders");

        Map<String, Long> reminders = countBySubject(jdbc, "Reminder: %");
        long confirmed = jdbc.sql("select count(*) from events.registration where status = 'CONFIRMED'")
                .query(Long.class).single();
        assertThat(confirmed).isEqualTo(CAPACITY);
        assertThat(reminders).hasSize(CAPACITY).allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from events.registration where status = 'CONFIRMED' and reminded_at is null")
                .query(Long.class).single()).isZero();
    }

    /** Two forum notifications owed to each of twenty members make one digest each. */
    private void eachDigestGoesOnce(JdbcClient jdbc, List<Members.Created> people) {
        for (var member : people) {
            for (int i = 1; i <= 2; i++) {
                jdbc.sql("""
                        insert into forum.notification (member_id, kind, message, link, created_at, email_state)
                        values (:member, 'MENTION', :message, '/community', now(), 'DIGEST')""")
                        .param("member", member.id()).param("message", "Someone mentioned you, number " + i).update();
            }
        }
        runNow(jdbc, "forum-daily-digest");

        assertThat(countBySubject(jdbc, "Your peer support digest%")).hasSize(PRESSING)
                .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
        assertThat(jdbc.sql("select count(*) from forum.notification where email_state = 'DIGEST'").query(Long.class)
                .single()).isZero();
    }

    /** One article this week and twenty subscribers: twenty newsletters. */
    private void eachNewsletterGoesOnce(JdbcClient jdbc, List<Members.Created> people) {
        jdbc.sql("""
                insert into news.article (slug, title, standfirst, body_markdown, body_html, author_name, status, published_at)
                values ('two-instances', 'Two instances, one network', 'Scaling out.', 'Body.', '<p>Body.</p>',
                        'The editors', 'PUBLISHED', now() - interval '1 hour')""").update();
        for (var member : people) {
            jdbc.sql("insert into news.newsletter_subscription (member_id) values (:id)").param("id", member.id()).update();
        }
        runNow(jdbc, "news-weekly-newsletter");

        assertThat(countBySubject(jdbc, "CCIO Network: the week's news%")).hasSize(PRESSING)
                .allSatisfy((to, count) -> assertThat(count).as(to).isEqualTo(1));
    }

    /** The outbox job, run by whichever instance, delivers every queued email to the SMTP server once. */
    private void everyQueuedEmailIsDeliveredOnce(JdbcClient jdbc, GreenMail smtp) {
        waitUntil("the outbox is empty", () -> jdbc.sql("select count(*) from shared.outbox_email where status <> 'SENT'")
                .query(Long.class).single() == 0);
        Map<String, Long> queued = jdbc.sql("select to_address, subject from shared.outbox_email").query((rs, n) ->
                        rs.getString(1).toLowerCase() + " | " + rs.getString(2)).list().stream()
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        assertThat(queued.values()).as("each email queued once").allMatch(count -> count == 1);
        assertThat(queued).hasSizeGreaterThanOrEqualTo(PRESSING + CAPACITY + 2 * PRESSING);

        Map<String, Long> delivered = Arrays.stream(smtp.getReceivedMessages()).map(SeveralInstancesTests::key)
                .collect(Collectors.groupingBy(key -> key, Collectors.counting()));
        assertThat(delivered).isEqualTo(queued);
    }

    private static String key(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            return to[0].toString().toLowerCase() + " | " + message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Long> countBySubject(JdbcClient jdbc, String subject) {
        return jdbc.sql("select to_address, count(*) from shared.outbox_email where subject like :subject group by to_address")
                .param("subject", subject)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Makes a recurring task due now, as its schedule would, and waits until one of the instances has run it:
     * db-scheduler moves the execution time forward once the run succeeded.
     */
    private static void runNow(JdbcClient jdbc, String task) {
        Instant due = Instant.now();
        waitUntil(task + " is free to be made due", () -> jdbc.sql("""
                update scheduled_tasks set execution_time = :due where task_name = :task and not picked""")
                .param("due", Timestamp.from(due)).param("task", task).update() == 1);
        waitUntil(task + " has run", () -> jdbc.sql("""
                select count(*) from scheduled_tasks
                where task_name = :task and not picked and last_success >= :due and execution_time > :due""")
                .param("task", task).param("due", Timestamp.from(due)).query(Long.class).single() == 1);
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting until " + what);
            }
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres postgres, GreenMail smtp) {
        return instance(postgres.getJdbcUrl("postgres", "postgres"), "spring.datasource.hikari.maximum-pool-size=8",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort());
    }

    /** An instance of the application on its own port, on the PostgreSQL at the URL, with the test profile. */
    static ConfigurableApplicationContext instance(String url, String... properties) {
        var all = new java.util.ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off",
                "spring.datasource.url=" + url, "spring.datasource.username=postgres",
                "spring.datasource.password=postgres"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("leaveOutTestMailServer",
                        new LeaveOutTestMailServer()))
                .properties(all.toArray(String[]::new))
                .run();
    }

    /**
     * Component scanning would otherwise pick up the tests' {@link TestMailServer} (with a GreenMail of its own
     * per instance) because only {@code @SpringBootTest} filters test configurations out.
     */
    static final class LeaveOutTestMailServer extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getClassMetadata().getClassName().startsWith(TestMailServer.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof LeaveOutTestMailServer;
        }

        @Override
        public int hashCode() {
            return LeaveOutTestMailServer.class.hashCode();
        }
    }
}
