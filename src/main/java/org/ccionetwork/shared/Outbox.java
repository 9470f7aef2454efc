package org.ccionetwork.shared;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way email leaves the platform. {@link #enqueue} writes a row in the caller's transaction, so an
 * email exists exactly when the action that caused it committed; a background job sends due rows and retries
 * with back-off when the SMTP server is unavailable. Without an SMTP server configured, emails wait in the
 * outbox, where administrators can read them.
 */
@Service
public class Outbox {

    static final int MAX_ATTEMPTS = 12;
    static final int BATCH = 20;
    /** Longer than a batch takes to send, even at the SMTP timeouts (about ten seconds each). */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final CcioProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Outbox(OutboxRepository repository, ObjectProvider<JavaMailSender> mailSender, CcioProperties properties,
            Clock clock, TransactionTemplate transactions) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Queues an email; must run inside the transaction of the action it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingEmail email) {
        repository.insert(email);
    }

    public boolean canSend() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Sends due emails in batches until none are due; returns how many were sent. A batch is claimed with a
     * lease in a short transaction of its own and sent after that commits, so a slow or stalled SMTP server
     * holds no row locks and no open transaction; each result is recorded in its own short transaction. Two
     * instances never claim the same email while its lease runs; one whose lease ran out (its sender died or
     * stalled) is claimed and sent again, with the same {@code Message-ID}, so mail clients show it once.
     */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxRepository.Due> due = transactions.execute(status -> repository.claimDue(now, BATCH, now.plus(LEASE)));
            if (due == null || due.isEmpty()) {
                break;
            }
            int batch = sendBatch(sender, due, now);
            if (batch == 0) {
                break; // a failing server would otherwise be hammered in this loop; the next run tries again
            }
            sent += batch;
        }
        return sent;
    }

    private int sendBatch(JavaMailSender sender, List<OutboxRepository.Due> due, Instant now) {
        int sent = 0;
        for (int i = 0; i < due.size(); i++) {
            OutboxRepository.Due item = due.get(i);
            try {
                sender.send(toMime(sender, item));
                transactions.executeWithoutResult(status -> repository.markSent(item.id(), now));
                sent++;
            } catch (Exception e) {
                int attempts = item.attempts() + 1;
                boolean givingUp = attempts >= MAX_ATTEMPTS;
                transactions.executeWithoutResult(status -> repository.markFailed(item.id(), abbreviate(e.getMessage()),
                        now.plus(backOff(attempts)), givingUp));
                log.warn("Email {} not sent (attempt {}{}): {}", item.id(), attempts, givingUp ? ", giving up" : "",
                        e.getMessage());
                if (serverUnavailable(e)) {
                    // The rest of the batch would only wait the same timeout each: they fail with this one.
                    for (OutboxRepository.Due rest : due.subList(i + 1, due.size())) {
                        int restAttempts = rest.attempts() + 1;
                        transactions.executeWithoutResult(status -> repository.markFailed(rest.id(),
                                "Not tried: " + abbreviate(e.getMessage()), now.plus(backOff(restAttempts)),
                                restAttempts >= MAX_ATTEMPTS));
                    }
                    break;
                }
            }
        }
        return sent;
    }

    /** The SMTP server could not be reached or did not answer in time, as opposed to refusing one email. */
    static boolean serverUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException failed
                    && java.util.Arrays.stream(failed.getMessageExceptions()).anyMatch(Outbox::serverUnavailable)) {
                return true;
            }
        }
        return false;
    }

    /** 1, 2, 4 … minutes, at most six hours. */
    static Duration backOff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 9);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    private MimeMessage toMime(JavaMailSender sender, OutboxRepository.Due item) throws Exception {
        OutgoingEmail email = item.email();
        MimeMessage message = new StableIdMessage(sender.createMimeMessage().getSession(), messageId(item.id()));
        MimeMessageHelper helper = new MimeMessageHelper(message, email.attachment() != null, StandardCharsets.UTF_8.name());
        InternetAddress from = new InternetAddress(properties.mailFrom());
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        if (email.attachment() != null) {
            helper.addAttachment(email.attachment().filename(), new ByteArrayResource(email.attachment().content()),
                    email.attachment().contentType());
        }
        // Values were checked for line breaks when the email was made; folding keeps long ones within line limits.
        for (var header : email.headers().entrySet()) {
            message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, header.getValue()));
        }
        return message;
    }

    private static String abbreviate(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.length() > 500 ? message.substring(0, 500) : message;
    }

    public PageOf<OutboxEmail> page(String to, int number) {
        int size = 25;
        String address = to == null || to.isBlank() ? null : to.strip();
        long offset = (long) (number - 1) * size;
        return new PageOf<>(repository.page(address, offset, size), number, size, repository.count(address));
    }

    public Optional<OutboxEmail> find(long id) {
        return repository.find(id);
    }

    public List<OutboxEmail> sentTo(String address) {
        return repository.to(address);
    }

    @Transactional
    public void retry(long id) {
        repository.retry(id, clock.instant());
    }

    /** Removes the copies of emails already sent to an address, when its owner erases their account. */
    @Transactional
    public void forget(String address) {
        repository.forget(address);
    }

    /** The same for every attempt at one email, so a resend after an expired lease shows as one message. */
    String messageId(long id) {
        String from = properties.mailFrom();
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "ccionetwork.local" : from.substring(at + 1).replace(">", "").trim();
        return "<outbox." + id + "@" + domain + ">";
    }

    /** A message whose {@code Message-ID} is ours, not one made afresh each time it is saved. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(jakarta.mail.Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws jakarta.mail.MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
