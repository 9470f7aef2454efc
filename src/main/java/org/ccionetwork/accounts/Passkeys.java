package org.ccionetwork.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.ccionetwork.shared.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's passkeys: adding one (the registration ceremony, checked by Spring Security's webauthn4j operations),
 * renaming and removing them, and their part in erasure and an administrator's reset. A staff member who already
 * has a second factor adds a passkey only from a session that has passed it, so a stolen password alone never
 * makes a new second factor.
 */
@Service
class Passkeys {

    static final int LABEL_LENGTH = 60;
    private static final String PENDING = "ccio.passkey.pending";

    private final RelyingParty party;
    private final PasskeyRepository passkeys;
    private final MemberRepository members;
    private final SecondFactors secondFactors;
    private final IdentityRepository identities;
    private final AuditLog audit;

    Passkeys(RelyingParty party, PasskeyRepository passkeys, MemberRepository members, SecondFactors secondFactors,
            IdentityRepository identities, AuditLog audit) {
        this.party = party;
        this.passkeys = passkeys;
        this.members = members;
        this.secondFactors = secondFactors;
        this.identities = identities;
        this.audit = audit;
    }

    /** The ceremony under way in this session: what the browser's answer must match (kept as text, so any instance reads it). */
    record Pending(long memberId, String challenge, String userHandle) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The member may not add a passkey from this session (a staff member who has a second factor but has not used it). */
    static final class SecondFactorFirst extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        SecondFactorFirst() {
            super("Use your second factor first, then add the passkey.");
        }
    }

    /** The browser's answer did not check out (a stale or replayed ceremony, another site, a passkey already here). */
    static final class PasskeyNotAccepted extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        PasskeyNotAccepted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    List<PasskeyRepository.Passkey> of(long memberId) {
        return passkeys.forMember(memberId);
    }

    boolean any(long memberId) {
        return passkeys.any(memberId);
    }

    /** A staff member with a second factor (an app or a passkey) adds a passkey only once this session has used it. */
    boolean mayAdd(MemberPrincipal me, boolean hasPasskeys) {
        return !me.needsSecondFactor() || (!hasPasskeys && !secondFactors.enrolled(me.id()));
    }

    /** Starts adding a passkey: the options for {@code navigator.credentials.create}, remembered in the session. */
    @Transactional
    PublicKeyCredentialCreationOptions begin(MemberPrincipal me, Authentication authentication, HttpSession session) {
        if (!mayAdd(me, passkeys.any(me.id()))) {
            throw new SecondFactorFirst();
        }
        Member member = members.findById(me.id()).orElseThrow(() -> MemberNotFound.forId(me.id()));
        Bytes handle = passkeys.userHandle(member.id(), member.name());
        var options = party.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication));
        // Authenticators show the user's name: the member's email and name rather than the id the repositories key by.
        var shown = options(ImmutablePublicKeyCredentialUserEntity.builder().id(handle)
                .name(member.email() == null ? member.name() : member.email()).displayName(member.name()).build(), options);
        session.setAttribute(PENDING, new Pending(member.id(), shown.getChallenge().toBase64UrlString(), handle.toBase64UrlString()));
        return shown;
    }

    /** Finishes adding: the browser's answer checked against the ceremony begun in this session, then stored. */
    @Transactional
    void add(MemberPrincipal me, RelyingPartyPublicKey key, String label, HttpSession session) {
        if (!(session.getAttribute(PENDING) instanceof Pending pending) || pending.memberId() != me.id()) {
            throw new PasskeyNotAccepted("Start again: that request to add a passkey has ended.", null);
        }
        session.removeAttribute(PENDING);
        Member member = members.findById(me.id()).orElseThrow(() -> MemberNotFound.forId(me.id()));
        var user = ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.fromBase64(pending.userHandle()))
                .name(Long.toString(member.id())).displayName(member.name()).build();
        var options = PublicKeyCredentialCreationOptions.builder().rp(party.party()).user(user)
                .challenge(Bytes.fromBase64(pending.challenge()))
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(RelyingParty.selection()).build();
        try {
            party.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options,
                    new RelyingPartyPublicKey(key.getCredential(), label)));
        } catch (org.springframework.dao.DataAccessException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PasskeyNotAccepted("Your browser's answer could not be checked, so the passkey was not added. Try again.", e);
        }
        audit.record("PASSKEY_ADDED", "member #" + me.id(), "Passkey “" + label + "”");
    }

    @Transactional
    boolean rename(long memberId, String credentialId, String label) {
        var passkey = passkeys.find(memberId, credentialId);
        if (passkey.isEmpty() || !passkeys.rename(memberId, credentialId, label)) {
            return false;
        }
        audit.record("PASSKEY_RENAMED", "member #" + memberId, "Passkey “" + passkey.get().label() + "” is now “" + label + "”");
        return true;
    }

    /** Removes one, unless it is the member's last way to sign in (no password and no linked provider). */
    @Transactional
    boolean remove(long memberId, String credentialId) {
        Member member = members.findById(memberId).orElseThrow(() -> MemberNotFound.forId(memberId));
        var keys = passkeys.forMember(memberId);
        var ways = new SignInWays(member.passwordHash() != null, identities.forMember(memberId).size(), keys.size());
        var passkey = keys.stream().filter(key -> key.id().equals(credentialId)).findFirst();
        if (!ways.mayRemovePasskey() || passkey.isEmpty() || !passkeys.remove(memberId, credentialId)) {
            return false;
        }
        audit.record("PASSKEY_REMOVED", "member #" + memberId, "Passkey “" + passkey.get().label() + "”");
        return true;
    }

    /** Erasure and an administrator's reset: every passkey of the member goes. How many went. */
    int removeAll(long memberId) {
        return passkeys.removeAll(memberId);
    }

    private static PublicKeyCredentialCreationOptions options(PublicKeyCredentialUserEntity user,
            PublicKeyCredentialCreationOptions from) {
        return PublicKeyCredentialCreationOptions.builder().rp(from.getRp()).user(user).challenge(from.getChallenge())
                .pubKeyCredParams(from.getPubKeyCredParams()).timeout(from.getTimeout())
                .excludeCredentials(from.getExcludeCredentials()).authenticatorSelection(from.getAuthenticatorSelection())
                .attestation(from.getAttestation()).extensions(from.getExtensions()).build();
    }
}
