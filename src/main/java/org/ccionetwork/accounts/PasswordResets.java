package org.ccionetwork.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.ccionetwork.accounts.AccountService.LinkOutcome;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A forgotten password: the emailed link (an hour, the newest only, three an hour at most) and the new password. */
@Service
class PasswordResets {

    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    /** Reset emails one member can be sent in an hour, however many addresses ask. */
    static final int RESETS_PER_HOUR = 3;

    private final MemberRepository members;
    private final TokenRepository tokens;
    private final PasswordEncoder passwords;
    private final AccountEmails emails;
    private final SignedInSessions sessions;
    private final SignInThrottle throttle;
    private final Clock clock;

    PasswordResets(MemberRepository members, TokenRepository tokens, PasswordEncoder passwords, AccountEmails emails,
            SignedInSessions sessions, SignInThrottle throttle, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.emails = emails;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
    }

    /**
     * Emails a reset link if the address has an account and it has had fewer than {@link #RESETS_PER_HOUR} in the
     * last hour; the caller shows the same answer either way, so neither the account nor the cap shows.
     */
    @Transactional
    void requestPasswordReset(String email) {
        Instant now = clock.instant();
        members.findByEmail(email).filter(m -> !m.deleted()).ifPresent(member -> {
            if (tokens.issuedSince(member.id(), TokenRepository.Purpose.RESET_PASSWORD, now.minus(Duration.ofHours(1)))
                    >= RESETS_PER_HOUR) {
                return;
            }
            tokens.retireUnused(member.id(), TokenRepository.Purpose.RESET_PASSWORD, now);
            String token = tokens.issue(member.id(), TokenRepository.Purpose.RESET_PASSWORD, null, now.plus(RESET_VALIDITY), now);
            emails.resetPassword(member.email(), member.name(), token);
        });
    }

    /** Checks a reset link without using it, to decide whether to show the form. */
    @Transactional
    LinkOutcome checkResetLink(String secret) {
        var token = tokens.lock(secret, TokenRepository.Purpose.RESET_PASSWORD);
        if (token.isEmpty()) {
            return LinkOutcome.INVALID;
        }
        if (token.get().usedAt() != null) {
            return LinkOutcome.USED;
        }
        return token.get().expiresAt().isAfter(clock.instant()) ? LinkOutcome.VERIFIED : LinkOutcome.EXPIRED;
    }

    /** Sets the new password, uses up the link, signs the member out everywhere and clears the sign-in throttle. */
    @Transactional
    LinkOutcome resetPassword(String secret, String newPassword) {
        Instant now = clock.instant();
        LinkOutcome outcome = checkResetLink(secret);
        if (outcome != LinkOutcome.VERIFIED) {
            return outcome;
        }
        var token = tokens.lock(secret, TokenRepository.Purpose.RESET_PASSWORD).orElseThrow();
        Member member = members.findById(token.memberId()).orElseThrow();
        tokens.markUsed(secret, now);
        members.changePassword(member.id(), passwords.encode(newPassword), now);
        // The link reached the member's mailbox, which is what verification proves.
        members.markVerified(member.id(), now);
        sessions.signOut(member.id(), null);
        throttle.recordSuccess(member.email()); // whoever was guessing, the owner is back in
        emails.passwordChanged(member.email(), member.name());
        return LinkOutcome.VERIFIED;
    }

    /** The member a valid reset link belongs to, for the password policy's checks. */
    @Transactional(readOnly = true)
    Optional<Member> resetLinkOwner(String secret) {
        return tokens.find(secret, TokenRepository.Purpose.RESET_PASSWORD).flatMap(t -> members.findById(t.memberId()));
    }
}
