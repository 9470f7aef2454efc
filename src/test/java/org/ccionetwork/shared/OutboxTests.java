package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.TestMailServer;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxTests {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    OutboxRepository repository;

    @Autowired
    CcioProperties properties;

    @Autowired
    TestMailServer.Mailbox mailbox;

    @Test
    void anEmailIsOnlyQueuedInsideTheTransactionOfItsAction() {
        String to = Members.uniqueEmail("outside");
        assertThatThrownBy(() -> outbox.enqueue(new OutgoingEmail(to, "Hello", "Body")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(count(to)).isZero();

        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingEmail(to, "Hello", "Body")));
        assertThat(count(to)).as("the same email, queued inside a transaction").isEqualTo(1);
    }

    @Test
    void aRolledBackActionLeavesNoEmail() {
        String to = Members.uniqueEmail("rollback");
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingEmail(to, "Never", "Never sent"));
            status.setRollbackOnly();
        });
        assertThat(count(to)).isZero();

        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingEmail(to, "Kept", "Sent")));
        assertThat(count(to)).as("the same action, committed").isEqualTo(1);
    }

    @Test
    void anEmailThatCannotBeSentWaitsAndIsRetriedWithBackOffThenSentOnce() throws Exception {
        String to = Members.uniqueEmail("retry");
        JavaMailSenderImpl down = new JavaMailSenderImpl();
        down.setHost("127.0.0.1");
        down.setPort(1); // nothing listens here
        Outbox failing = new Outbox(repository, provider(down), properties, Clock.systemUTC(), transactions);
        // Queued and tried in one transaction, so the scheduled job cannot see the row before the failure.
        transactions.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingEmail(to, "Try again", "Body"));
            failing.sendDue();
        });
        var row = jdbc.sql("select status, attempts, next_attempt_at, last_error from shared.outbox_email where lower(to_address) = :to")
                .param("to", to).query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getString(4)})
                .single();
        assertThat(row[0]).isEqualTo("PENDING");
        assertThat(row[1]).isEqualTo(1);
        assertThat((Instant) row[2]).isAfter(Instant.now().plusSeconds(30));
        assertThat((String) row[3]).isNotBlank();

        // The server is back and the retry comes due: it goes out exactly once.
        jdbc.sql("update shared.outbox_email set next_attempt_at = now() where lower(to_address) = :to").param("to", to).update();
        outbox.sendDue();
        Thread.sleep(1500);
        outbox.sendDue();
        long delivered = java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(to);
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertThat(delivered).isEqualTo(1);
        assertThat(jdbc.sql("select status from shared.outbox_email where lower(to_address) = :to").param("to", to)
                .query(String.class).single()).isEqualTo("SENT");
    }

    @Test
    void extraHeadersAreStoredWithTheEmailAndSetOnTheMessage() throws Exception {
        String to = Members.uniqueEmail("headers");
        var email = new OutgoingEmail(to, "A mailing", "Body")
                .withOneClickUnsubscribe("https://example.org/leave?member=1&token=abc_-123")
                .withHeader("list-id", "Test list <test.example.org>");
        transactions.executeWithoutResult(status -> outbox.enqueue(email));

        var stored = outbox.sentTo(to).getFirst();
        assertThat(stored.headers()).containsExactly(
                Map.entry("List-Unsubscribe", "<https://example.org/leave?member=1&token=abc_-123>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                Map.entry("List-Id", "Test list <test.example.org>"));

        var message = mailbox.last(to);
        assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/leave?member=1&token=abc_-123>");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("List-Id", null)).isEqualTo("Test list <test.example.org>");
    }

    @Test
    void anEmailWithoutExtraHeadersStaysAsItWas() {
        String to = Members.uniqueEmail("plain");
        transactions.executeWithoutResult(status -> outbox.enqueue(new OutgoingEmail(to, "Plain", "Body",
                new OutgoingEmail.Attachment("a.ics", "text/calendar", new byte[] {1}))));
        assertThat(outbox.sentTo(to)).as("the email itself is stored, with its attachment").singleElement()
                .satisfies(stored -> {
                    assertThat(stored.subject()).isEqualTo("Plain");
                    assertThat(stored.body()).isEqualTo("Body");
                    assertThat(stored.attachmentName()).isEqualTo("a.ics");
                });
        assertThat(outbox.sentTo(to).getFirst().headers()).isEmpty();
        assertThat(jdbc.sql("select headers is null from shared.outbox_email where lower(to_address) = :to").param("to", to)
                .query(Boolean.class).single()).isTrue();
    }

    static Stream<Arguments> unsafeHeaders() {
        return Stream.of(
                Arguments.of("List-Id", "list\r\nBcc: victim@example.org"),
                Arguments.of("List-Id", "list\nBcc: victim@example.org"),
                Arguments.of("List-Unsubscribe", "<https://example.org/>\r"),
                Arguments.of("List-Id", "tab\u0000nul"),
                Arguments.of("List-Id", "Liste française <l.example.org>"),
                Arguments.of("List-Id", " "),
                Arguments.of("List-Id", "x".repeat(901)),
                Arguments.of("Bcc", "victim@example.org"),
                Arguments.of("Content-Type", "text/html"),
                Arguments.of("X-Anything", "value"),
                Arguments.of("List-Id\r\nBcc", "value"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("unsafeHeaders")
    void unsafeHeadersAreRefused(String name, String value) {
        var plain = new OutgoingEmail("a@example.org", "Hello", "Body");
        assertThatThrownBy(() -> plain.withHeader(name, value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingEmail("a@example.org", "Hello", "Body", null, Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneClickUnsubscribeNeedsAnAbsoluteWebAddress() {
        var plain = new OutgoingEmail("a@example.org", "Hello", "Body");
        assertThatThrownBy(() -> plain.withOneClickUnsubscribe("/news/newsletter/unsubscribe"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.withOneClickUnsubscribe("mailto:leave@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backOffGrowsAndIsCapped() {
        assertThat(Outbox.backOff(1)).hasMinutes(1);
        assertThat(Outbox.backOff(2)).hasMinutes(2);
        assertThat(Outbox.backOff(5)).hasMinutes(16);
        assertThat(Outbox.backOff(20)).hasHours(6);
    }

    private int count(String to) {
        return jdbc.sql("select count(*) from shared.outbox_email where lower(to_address) = :to").param("to", to)
                .query(Integer.class).single();
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return sender;
            }

            @Override
            public JavaMailSender getObject(Object... args) {
                return sender;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return sender;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return sender;
            }
        };
    }
}
