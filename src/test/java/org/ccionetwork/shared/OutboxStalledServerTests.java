package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against an SMTP server that accepts connections and never answers, and against a sender whose
 * lease runs out mid-send. The outbox here works on a database of its own in the test run's server, with only
 * the shared module's migrations, so no scheduled job of the application reaches its emails and it reaches
 * no one else's.
 */
@IntegrationTest
class OutboxStalledServerTests {

    private static final Instant START = Instant.now();

    @Autowired
    CcioProperties properties;

    @Autowired
    JdbcClient appDatabase;

    @Autowired
    javax.sql.DataSource appDataSource;

    OutboxRepository repository;
    TransactionTemplate transactions;
    JdbcClient jdbc;
    Outbox outbox;

    @org.junit.jupiter.api.BeforeEach
    void ownDatabase() throws Exception {
        String name = "outbox_" + Long.toHexString(System.nanoTime());
        appDatabase.sql("create database " + name).update();
        String url;
        try (var connection = appDataSource.getConnection()) {
            url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        }
        var dataSource = new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.postgresql.Driver(),
                url, "postgres", "postgres");
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/shared").load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        repository = new OutboxRepository(jdbc);
        transactions = new TransactionTemplate(new org.springframework.jdbc.support.JdbcTransactionManager(dataSource));
        outbox = outboxAt(START, workingSender);
    }

    @Autowired
    TestMailServer.Mailbox mailbox;

    @Autowired
    JavaMailSenderImpl workingSender;

    @Test
    void aServerThatNeverAnswersHoldsNoLocksAndEveryEmailArrivesOnceItIsBack() throws Exception {
        String first = Members.uniqueEmail("stalled-first");
        String second = Members.uniqueEmail("stalled-second");
        List<Long> ids = queue(first, second);
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, and never a word in reply
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            JavaMailSenderImpl stalled = new JavaMailSenderImpl();
            stalled.setHost("127.0.0.1");
            stalled.setPort(silent.getLocalPort());
            stalled.getJavaMailProperties().putAll(Map.of("mail.smtp.connectiontimeout", "1000",
                    "mail.smtp.timeout", "1000", "mail.smtp.writetimeout", "1000"));
            var sending = CompletableFuture.supplyAsync(() -> outboxAt(START, stalled).sendDue());

            waitUntil(() -> !held.isEmpty() || sending.isDone(), "the outbox connected to the silent server");
            assertThat(sending).as("still waiting for the server").isNotDone();
            // While the outbox waits for the server, its claim is committed: the rows are free to lock.
            transactions.executeWithoutResult(status -> assertThat(jdbc.sql(
                    "select id from shared.outbox_email where id in (:ids) for update nowait")
                    .param("ids", ids).query(Long.class).list()).hasSize(2));
            assertThat(jdbc.sql("select count(*) from shared.outbox_email where id in (:ids) and lease_until is not null")
                    .param("ids", ids).query(Long.class).single()).as("claimed with a lease").isPositive();

            assertThat(sending.get(30, TimeUnit.SECONDS)).as("gave up within the timeout").isNotNegative();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        var rows = jdbc.sql("select attempts, lease_until is null, status from shared.outbox_email where id in (:ids) order by id")
                .param("ids", ids).query((rs, n) -> rs.getInt(1) + " " + rs.getBoolean(2) + " " + rs.getString(3)).list();
        assertThat(rows).as("both wait for the next attempt, the second without waiting for the timeout again")
                .containsExactly("1 true PENDING", "1 true PENDING");
        assertThat(held).as("one connection for the batch, not one per email").hasSize(1);

        // The server is back (GreenMail), past the first back-off.
        Outbox back = outboxAt(START.plus(Duration.ofHours(1)), workingSender);
        back.sendDue();
        back.sendDue();
        assertThat(mailbox.arrived(first)).hasSize(1);
        assertThat(mailbox.arrived(second)).hasSize(1);
    }

    @Test
    void anEmailWhoseLeaseRanOutIsSentOnceMoreWithTheSameMessageId() throws Exception {
        String to = Members.uniqueEmail("lease");
        List<Long> ids = queue(to);
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        JavaMailSenderImpl slow = new JavaMailSenderImpl() {
            @Override
            protected void doSend(MimeMessage[] messages, Object[] originals) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.doSend(messages, originals);
            }
        };
        slow.setHost(workingSender.getHost());
        slow.setPort(workingSender.getPort());
        var stuck = CompletableFuture.supplyAsync(() -> outboxAt(START, slow).sendDue());
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

        Outbox afterTheLease = outboxAt(START.plus(Outbox.LEASE).plusSeconds(1), workingSender);
        afterTheLease.sendDue();
        assertThat(mailbox.arrived(to)).as("claimed and sent again once the lease ran out").hasSize(1);
        release.countDown();
        stuck.get(30, TimeUnit.SECONDS);
        outboxAt(START.plus(Outbox.LEASE.multipliedBy(3)), workingSender).sendDue();

        List<MimeMessage> copies = mailbox.arrived(to);
        assertThat(copies).as("the stalled send finished too; sent, so never a third time").hasSize(2);
        assertThat(copies.get(0).getMessageID()).isEqualTo(copies.get(1).getMessageID())
                .isEqualTo(outbox.messageId(ids.getFirst()));
        assertThat(jdbc.sql("select status from shared.outbox_email where id = :id").param("id", ids.getFirst())
                .query(String.class).single()).isEqualTo("SENT");
    }

    /** Queues one email to each address, due at {@link #START}; returns their ids. */
    private List<Long> queue(String... addresses) {
        return transactions.execute(status -> {
            for (String address : addresses) {
                outbox.enqueue(new OutgoingEmail(address, "Stalled server", "Body"));
            }
            return jdbc.sql("update shared.outbox_email set next_attempt_at = :later where to_address in (:to) returning id")
                    .param("later", java.sql.Timestamp.from(START)).param("to", List.of(addresses))
                    .query(Long.class).list().stream().sorted().toList();
        });
    }

    private Outbox outboxAt(Instant now, JavaMailSender sender) {
        ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("sender", sender))
                .getBeanProvider(JavaMailSender.class);
        return new Outbox(repository, provider, properties, Clock.fixed(now, ZoneOffset.UTC), transactions);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
