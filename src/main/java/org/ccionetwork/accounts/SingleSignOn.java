package org.ccionetwork.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.ccionetwork.shared.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a sign-in through an OpenID Connect provider means for the platform. The identity is the provider's
 * issuer and subject; an email address only ever proposes a link, which the member who owns it must confirm
 * (password or emailed link), so nobody takes over an account by registering its address at a provider.
 */
@Service
class SingleSignOn {

    static final Duration LINK_VALIDITY = Duration.ofHours(1);

    /** What a provider sign-in leads to. */
    sealed interface Outcome {
        record SignedIn(Member member, boolean created) implements Outcome {
        }

        record NeedsProof(Member member, ProviderIdentity identity) implements Outcome {
        }

        /** Refused, with the reason the sign-in page explains. */
        record Refused(String reason) implements Outcome {
        }
    }

    enum LinkOutcome { LINKED, EXPIRED, USED, INVALID, TAKEN }

    private final MemberRepository members;
    private final IdentityRepository identities;
    private final PasskeyRepository passkeys;
    private final SignInThrottle throttle;
    private final SignInProviders providers;
    private final AccountEmails emails;
    private final AuditLog audit;
    private final Clock clock;

    SingleSignOn(MemberRepository members, IdentityRepository identities, PasskeyRepository passkeys,
            SignInThrottle throttle, SignInProviders providers, AccountEmails emails, AuditLog audit, Clock clock) {
        this.members = members;
        this.passkeys = passkeys;
        this.identities = identities;
        this.throttle = throttle;
        this.providers = providers;
        this.emails = emails;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Outcome signIn(ProviderIdentity identity) {
        Instant now = clock.instant();
        var linked = identities.find(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            Member member = members.findById(linked.get().memberId()).orElseThrow();
            if (member.deleted()) {
                return new Outcome.Refused("credentials");
            }
            if (member.suspendedAt(now)) {
                return new Outcome.Refused("suspended");
            }
            identities.signedIn(linked.get().id(), identity, now);
            throttle.recordSuccess(member.email());
            return new Outcome.SignedIn(member, false);
        }
        if (!identity.hasVerifiedEmail()) {
            return new Outcome.Refused("provider-unverified");
        }
        var existing = members.findByEmail(identity.email()).filter(member -> !member.deleted());
        if (existing.isPresent()) {
            return existing.get().suspendedAt(now) ? new Outcome.Refused("suspended")
                    : new Outcome.NeedsProof(existing.get(), identity);
        }
        String name = identity.name() == null || identity.name().isBlank() ? identity.email().substring(0,
                identity.email().indexOf('@')) : identity.name().strip();
        name = name.length() > 100 ? name.substring(0, 100) : name;
        long id = members.insert(identity.email(), name, null, Profession.NOT_CLINICAL, null, now, false, now);
        members.setRoles(id, EnumSet.of(Role.MEMBER));
        identities.link(id, identity, now);
        audit.recordAs(id, name, "IDENTITY_LINKED", "member #" + id,
                "Joined by signing in with " + identity.providerName() + " (" + identity.issuer() + ")");
        return new Outcome.SignedIn(members.findById(id).orElseThrow(), true);
    }

    /** The member proved the account is theirs (their password, checked by the caller): link and sign in. */
    @Transactional
    boolean linkAfterPassword(long memberId, ProviderIdentity identity) {
        Member member = members.findById(memberId).orElseThrow();
        if (!identities.link(memberId, identity, clock.instant())) {
            return false;
        }
        audit.recordAs(memberId, member.name(), "IDENTITY_LINKED", "member #" + memberId,
                identity.providerName() + " (" + identity.issuer() + "), proved by password");
        return true;
    }

    /** Emails the member a link that confirms the provider sign-in is theirs. */
    @Transactional
    void emailLink(long memberId, ProviderIdentity identity) {
        Instant now = clock.instant();
        Member member = members.findById(memberId).orElseThrow();
        String secret = identities.requestLink(memberId, identity, now.plus(LINK_VALIDITY), now);
        emails.confirmLink(member.email(), member.name(), identity.providerName(), secret);
    }

    /** The member followed the emailed link: the provider sign-in becomes theirs. */
    @Transactional
    LinkOutcome confirmLink(String secret) {
        Instant now = clock.instant();
        var request = identities.lockRequest(secret, providers::nameOf);
        if (request.isEmpty()) {
            return LinkOutcome.INVALID;
        }
        if (request.get().usedAt() != null) {
            return LinkOutcome.USED;
        }
        if (!request.get().expiresAt().isAfter(now)) {
            return LinkOutcome.EXPIRED;
        }
        Member member = members.findById(request.get().memberId()).orElseThrow();
        if (member.deleted()) {
            return LinkOutcome.INVALID;
        }
        identities.markRequestUsed(secret, now);
        ProviderIdentity identity = request.get().identity();
        if (!identities.link(member.id(), identity, now)) {
            return LinkOutcome.TAKEN;
        }
        members.markVerified(member.id(), now);
        audit.recordAs(member.id(), member.name(), "IDENTITY_LINKED", "member #" + member.id(),
                identity.providerName() + " (" + identity.issuer() + "), proved by an emailed link");
        return LinkOutcome.LINKED;
    }

    List<LinkedIdentity> linkedTo(long memberId) {
        return identities.forMember(memberId);
    }

    /** Unlinks one, unless it is the member's last way to sign in. */
    @Transactional
    boolean unlink(long memberId, long identityId) {
        Member member = members.findById(memberId).orElseThrow();
        var all = identities.forMember(memberId);
        if (!new SignInWays(member.passwordHash() != null, all.size(), passkeys.forMember(memberId).size()).mayRemoveProvider()) {
            return false;
        }
        Optional<LinkedIdentity> removed = identities.remove(memberId, identityId);
        removed.ifPresent(identity -> audit.record("IDENTITY_UNLINKED", "member #" + memberId,
                providers.nameOf(identity.provider()) + " (" + identity.issuer() + ")"));
        return removed.isPresent();
    }
}
