package org.ccionetwork.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.SecretTokens;
import org.ccionetwork.shared.OutgoingEmail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Backing the campaign: one backing per email address, confirmed by an emailed link; organisations also wait
 * for a moderator. Spam is held off by a rate per client address and a honeypot field, with no third-party
 * captcha.
 */
@Service
class BackerService {

    enum Outcome { SENT, TOO_MANY }

    enum Confirmation { PUBLIC, AWAITING_APPROVAL, INVALID }

    static final Duration LINK_VALIDITY = Duration.ofDays(7);
    static final int MAX_PER_ADDRESS_PER_HOUR = 5;

    private final BackerRepository backers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final CcioProperties properties;
    private final JdbcClient jdbc;
    private final Clock clock;

    BackerService(BackerRepository backers, Outbox outbox, AuditLog audit, CcioProperties properties, JdbcClient jdbc,
            Clock clock) {
        this.backers = backers;
        this.outbox = outbox;
        this.audit = audit;
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    Outcome back(BackForm form, String clientIp) {
        Instant now = clock.instant();
        // One at a time per client address, so the rate holds when several requests arrive together.
        jdbc.sql("select pg_advisory_xact_lock(4242003, hashtext(coalesce(:ip, '')))").param("ip", clientIp).query().singleValue();
        if (clientIp != null && backers.recentFrom(clientIp, now.minus(Duration.ofHours(1))) >= MAX_PER_ADDRESS_PER_HOUR) {
            return Outcome.TOO_MANY;
        }
        if (form.website() != null && !form.website().isBlank()) {
            return Outcome.SENT; // a bot filled the hidden field: say the same, keep nothing
        }
        if (backers.emailTaken(form.email().strip())) {
            return Outcome.SENT; // one backing per address; the answer does not reveal it
        }
        String token = SecretTokens.newSecret();
        backers.insert(form, SecretTokens.hash(token), now.plus(LINK_VALIDITY), clientIp, now);
        String link = properties.link(UriComponentsBuilder.fromPath("/campaign/back/confirm").queryParam("token", token)
                .build().toUriString());
        outbox.enqueue(new OutgoingEmail(form.email().strip().toLowerCase(java.util.Locale.ROOT),
                "Confirm your backing of the CCIO campaign", """
                Thank you for backing the campaign for a Chief Clinical Information Officer in every NHS provider.

                Please confirm your backing by following this link within 7 days:

                %s
                %s
                If you did not ask for this, ignore this email and nothing will be published.

                The CCIO Network
                """.formatted(link, form.kind().organisation()
                        ? "\nOnce confirmed, a moderator checks organisation backings before they appear on the public list.\n" : "")));
        return Outcome.SENT;
    }

    @Transactional
    Confirmation confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Confirmation.INVALID;
        }
        return backers.confirm(SecretTokens.hash(token), clock.instant())
                .map(backer -> backer.kind().organisation() ? Confirmation.AWAITING_APPROVAL : Confirmation.PUBLIC)
                .orElse(Confirmation.INVALID);
    }

    @Transactional
    void decide(long backerId, boolean approve, long moderatorId) {
        Backer backer = backers.lock(backerId).orElseThrow(() -> BackerNotFound.forId(backerId));
        if (!backer.kind().organisation() || backer.confirmedAt() == null || backer.approvedAt() != null || backer.rejectedAt() != null) {
            throw new AccessDeniedException("This backing is not waiting for approval");
        }
        backers.decide(backerId, approve, moderatorId, clock.instant());
        audit.record(approve ? "BACKER_APPROVED" : "BACKER_REJECTED", "backer #" + backerId, backer.name());
        outbox.enqueue(new OutgoingEmail(backer.email(), approve ? "Your backing of the CCIO campaign is published"
                : "Your backing of the CCIO campaign", approve ? """
                Thank you. %s now appears among the campaign's backers at %s.

                The CCIO Network
                """.formatted(backer.name(), properties.link("/campaign/backers")) : """
                Thank you for your interest. We could not publish %s as a backer of the campaign. If you think this
                is a mistake, reply to this email.

                The CCIO Network
                """.formatted(backer.name())));
    }

    List<Backer> publicBackers() {
        return backers.publicBackers();
    }

    Map<BackerKind, Long> counts() {
        return backers.publicCounts();
    }

    List<Backer> awaitingApproval() {
        return backers.awaitingApproval();
    }

    String version() {
        return backers.version();
    }
}
