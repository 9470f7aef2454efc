package org.ccionetwork;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.ccionetwork.shared.Outbox;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * GreenMail as a real SMTP server for the application under test, and helpers to read what it received.
 *
 * <p>One server serves the whole test run. Every test context (the MockMvc one, the browser test's server on a
 * random port) shares the one embedded database, so the outbox job of any context may send any queued email;
 * with one server per context an email could land in another context's server and seem lost.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    private static final GreenMail SERVER = startServer();

    private static GreenMail startServer() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop, "greenmail-stop"));
        return greenMail;
    }

    @Bean(destroyMethod = "")
    GreenMail greenMail() {
        return SERVER;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        return sender;
    }

    @Bean
    Mailbox mailbox(GreenMail greenMail, Outbox outbox) {
        return new Mailbox(greenMail, outbox);
    }

    /** What arrived for an address, after the outbox was sent. */
    public record Mailbox(GreenMail greenMail, Outbox outbox) {

        public List<MimeMessage> to(String address) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<MimeMessage> found;
            do {
                outbox.sendDue();
                found = arrived(address);
                if (!found.isEmpty()) {
                    return found;
                }
                sleep();
            } while (System.nanoTime() < deadline);
            return found;
        }

        /** What has arrived for an address so far, without sending or waiting. */
        public List<MimeMessage> arrived(String address) {
            return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
        }

        public MimeMessage last(String address) {
            List<MimeMessage> messages = to(address);
            if (messages.isEmpty()) {
                throw new AssertionError("No email arrived for " + address);
            }
            return messages.getLast();
        }

        /** The first link in the last email to the address whose path starts with the prefix, without host. */
        public String link(String address, String pathPrefix) {
            String body = GreenMailUtil.getBody(last(address)).replace("=\r\n", "").replace("=3D", "=");
            Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(pathPrefix) + "[^\\s]*)").matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link to " + pathPrefix + " in: " + body);
            }
            return matcher.group(1);
        }

        private static boolean sentTo(MimeMessage message, String address) {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
