package org.ccionetwork.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for links sent by email (verification, password reset, confirming a backing): 32 random bytes for the
 * link, and only their SHA-256 kept in the database, so a leaked table cannot be replayed.
 */
public final class SecretTokens {

    private static final SecureRandom random = new SecureRandom();

    private SecretTokens() {
    }

    /** A new secret, URL-safe. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the database keeps of a secret: its SHA-256, in hex. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
