package org.ccionetwork.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person does with their own account: sign up, verify, change, download and erase ({@link PasswordResets} for a forgotten password). */
@Service
class AccountService {

    static final Duration VERIFY_VALIDITY = Duration.ofHours(24);

    enum LinkOutcome { VERIFIED, EMAIL_CHANGED, EXPIRED, USED, INVALID, EMAIL_TAKEN }

    private final MemberRepository members;
    private final TokenRepository tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AccountEmails emails;
    private final SignedInSessions sessions;
    private final Outbox outbox;
    private final AuditLog audit;
    private final List<PersonalData> personalData;
    private final IdentityRepository identities;
    private final PasskeyRepository passkeys;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(MemberRepository members, TokenRepository tokens, PasswordEncoder passwords, PasswordPolicy policy,
            AccountEmails emails, SignedInSessions sessions, Outbox outbox, AuditLog audit,
            List<PersonalData> personalData, IdentityRepository identities, PasskeyRepository passkeys,
            ApplicationEventPublisher events, Clock clock) {
        this.identities = identities;
        this.passkeys = passkeys;
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.emails = emails;
        this.sessions = sessions;
        this.outbox = outbox;
        this.audit = audit;
        this.personalData = personalData;
        this.events = events;
        this.clock = clock;
    }

    Optional<String> passwordProblem(String password, String email, String name) {
        return policy.problemWith(password, email, name);
    }

    Optional<Member> find(long id) {
        return members.findById(id);
    }

    /**
     * Creates an unverified account and emails the link. If the address already has an account, its owner is
     * told instead, and the person signing up sees the same page either way.
     */
    @Transactional
    void signUp(SignUpForm form) {
        Instant now = clock.instant();
        var existing = members.findByEmail(form.email());
        if (existing.isPresent()) {
            if (!existing.get().deleted()) {
                emails.alreadyRegistered(existing.get().email(), existing.get().name());
            }
            return;
        }
        long id = members.insert(form.email(), form.name().strip(), passwords.encode(form.password()),
                form.profession(), blankToNull(form.organisation()), null, false, now);
        members.setRoles(id, EnumSet.of(Role.MEMBER));
        String token = tokens.issue(id, TokenRepository.Purpose.VERIFY_EMAIL, null, now.plus(VERIFY_VALIDITY), now);
        emails.verifyAddress(MemberRepository.normalise(form.email()), form.name().strip(), token);
    }

    @Transactional
    LinkOutcome verifyEmail(String secret) {
        Instant now = clock.instant();
        var token = tokens.lock(secret, TokenRepository.Purpose.VERIFY_EMAIL);
        if (token.isEmpty()) {
            return LinkOutcome.INVALID;
        }
        if (token.get().usedAt() != null) {
            return LinkOutcome.USED;
        }
        if (!token.get().expiresAt().isAfter(now)) {
            return LinkOutcome.EXPIRED;
        }
        Member member = members.findById(token.get().memberId()).orElseThrow();
        if (member.deleted()) {
            return LinkOutcome.INVALID;
        }
        tokens.markUsed(secret, now);
        String newEmail = token.get().newEmail();
        if (newEmail == null) {
            members.markVerified(member.id(), now);
            return LinkOutcome.VERIFIED;
        }
        if (members.emailTaken(newEmail)) {
            return LinkOutcome.EMAIL_TAKEN;
        }
        members.changeEmail(member.id(), newEmail, now);
        emails.addressChanged(member.email(), member.name());
        return LinkOutcome.EMAIL_CHANGED;
    }

    /** Sends a fresh verification link to an unverified account; silent otherwise. */
    @Transactional
    void resendVerification(String email) {
        Instant now = clock.instant();
        members.findByEmail(email).filter(m -> !m.verified() && !m.deleted()).ifPresent(member -> {
            tokens.retireUnused(member.id(), TokenRepository.Purpose.VERIFY_EMAIL, now);
            String token = tokens.issue(member.id(), TokenRepository.Purpose.VERIFY_EMAIL, null, now.plus(VERIFY_VALIDITY), now);
            emails.verifyAddress(member.email(), member.name(), token);
        });
    }

    boolean passwordMatches(long memberId, String password) {
        return members.findById(memberId).map(m -> m.passwordHash() != null && password != null
                && passwords.matches(password, m.passwordHash())).orElse(false);
    }

    /** A new name is announced ({@link MemberRenamed}) for the modules that keep a copy of it. */
    @Transactional
    void changeDetails(long memberId, DetailsForm form) {
        String name = form.name().strip();
        boolean renamed = members.findById(memberId).map(member -> !member.name().equals(name)).orElse(false);
        members.changeName(memberId, name, form.profession(), blankToNull(form.organisation()), clock.instant());
        if (renamed) {
            events.publishEvent(new MemberRenamed(memberId, name));
        }
    }

    /** Sends a link to the new address; the change happens when it is followed. Returns false if it is taken. */
    @Transactional
    boolean requestEmailChange(long memberId, String newEmail) {
        Instant now = clock.instant();
        if (members.emailTaken(newEmail)) {
            return false;
        }
        Member member = members.findById(memberId).orElseThrow();
        tokens.retireUnused(memberId, TokenRepository.Purpose.VERIFY_EMAIL, now);
        String normalised = MemberRepository.normalise(newEmail);
        String token = tokens.issue(memberId, TokenRepository.Purpose.VERIFY_EMAIL, normalised, now.plus(VERIFY_VALIDITY), now);
        emails.confirmNewAddress(normalised, member.name(), token);
        return true;
    }

    /** Changes the password and signs out every other session of the member. */
    @Transactional
    void changePassword(long memberId, String newPassword, String currentSessionId) {
        Instant now = clock.instant();
        Member member = members.findById(memberId).orElseThrow();
        members.changePassword(memberId, passwords.encode(newPassword), now);
        sessions.signOut(memberId, currentSessionId);
        emails.passwordChanged(member.email(), member.name());
    }

    /** Erases the account: personal data goes, the id stays as "Former member" for what they wrote. */
    @Transactional
    void delete(long memberId) {
        Instant now = clock.instant();
        Member member = members.findById(memberId).orElseThrow();
        members.erase(memberId, now);
        passkeys.removeAll(memberId);
        sessions.signOut(memberId, null);
        if (member.email() != null) {
            outbox.forget(member.email());
        }
        audit.record("ACCOUNT_DELETED", "member #" + memberId, "The member erased their own account");
        events.publishEvent(new MemberDeleted(memberId));
    }

    /** Everything the platform holds about the member, for their download. */
    @Transactional(readOnly = true)
    Map<String, Object> export(long memberId) {
        Member member = members.findById(memberId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant());
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", member.id());
        account.put("name", member.name());
        account.put("email", member.email());
        account.put("profession", member.profession().label());
        account.put("organisation", member.organisationName());
        account.put("roles", member.roles().stream().map(Role::label).sorted().toList());
        account.put("status", member.status());
        account.put("createdAt", member.createdAt());
        account.put("emailVerifiedAt", member.emailVerifiedAt());
        data.put("account", account);
        data.put("linkedSignIns", identities.forMember(memberId).stream().map(identity -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("provider", identity.provider());
            row.put("issuer", identity.issuer());
            row.put("subject", identity.subject());
            row.put("email", identity.email());
            row.put("organisationCodes", identity.organisationCodes());
            row.put("linkedAt", identity.linkedAt());
            row.put("lastUsedAt", identity.lastUsedAt());
            return row;
        }).toList());
        data.put("passkeys", passkeys.forMember(memberId).stream().map(passkey -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", passkey.label());
            row.put("addedAt", passkey.created());
            row.put("lastUsedAt", passkey.lastUsed());
            return row;
        }).toList());
        data.put("emails", outbox.sentTo(member.email()).stream().map(email -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("subject", email.subject());
            row.put("createdAt", email.createdAt());
            row.put("sentAt", email.sentAt());
            row.put("body", email.body());
            return row;
        }).toList());
        data.put("actionsRecordedInAuditLog", audit.byActor(memberId));
        for (PersonalData part : personalData) {
            data.put(part.section(), part.exportFor(memberId));
        }
        return data;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
