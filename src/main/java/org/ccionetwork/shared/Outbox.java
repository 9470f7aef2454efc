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
     * Sends due emails in batches until none are due; returns how many were sent. Each batch is one
     * transaction holding row locks, so two instances never send the same email.
     */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(status -> sendBatch(sender));
            if (batch == null || batch < 0) {
                break;
            }
            sent += batch;
        }
        return sent;
    }

    /** Returns the number sent, or -1 when nothing was due. */
    private int sendBatch(JavaMailSender sender) {
        Instant now = clock.instant();
        List<OutboxRepository.Due> due = repository.lockDue(now, 20);
        if (due.isEmpty()) {
            return -1;
        }
        int sent = 0;
        for (OutboxRepository.Due item : due) {
            try {
                sender.send(toMime(sender, item.email()));
                repository.markSent(item.id(), now);
                sent++;
            } catch (Exception e) {
                int attempts = item.attempts() + 1;
                boolean givingUp = attempts >= MAX_ATTEMPTS;
                repository.markFailed(item.id(), abbreviate(e.getMessage()), now.plus(backOff(attempts)), givingUp);
                log.warn("Email {} not sent (attempt {}{}): {}", item.id(), attempts, givingUp ? ", giving up" : "",
                        e.getMessage());
            }
        }
        // A failing server would otherwise be hammered in this loop; the next run tries again.
        return sent == 0 ? -1 : sent;
    }

    /** 1, 2, 4 … minutes, at most six hours. */
    static Duration backOff(int attempts) {
        long minutes = 1L << Math.min(attempts - 1, 9);
        return Duration.ofMinutes(Math.min(minutes, 360));
    }

    private MimeMessage toMime(JavaMailSender sender, OutgoingEmail email) throws Exception {
        MimeMessage message = sender.createMimeMessage();
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
}
