package org.ccionetwork.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures for links in emails that act for one member without signing in, such as one-click unsubscribe
 * (RFC 8058): an HMAC-SHA256 over {@code purpose:memberId} with the sending module's key, URL-safe Base64
 * without padding. The purpose keeps a signature for one kind of link from working for another; each module
 * keeps its own key (in its schema, so every instance checks the same way).
 */
public final class SignedMemberLinks {

    private SignedMemberLinks() {
    }

    /** The token that proves a link for {@code memberId} and {@code purpose} was sent by us. */
    public static String sign(String key, String purpose, long memberId) {
        if (key == null || key.isEmpty() || purpose == null || purpose.isEmpty() || purpose.contains(":")) {
            throw new IllegalArgumentException("A signing key and a purpose without colons are needed");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((purpose + ":" + memberId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the token is the one {@link #sign} gives, compared in constant time; false for a missing token. */
    public static boolean verify(String key, String purpose, long memberId, String token) {
        return token != null && MessageDigest.isEqual(sign(key, purpose, memberId).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }
}
