package org.ccionetwork.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, at most 128, and not one of the ~49,000 most common
 * passwords (the zxcvbn-ts list, MIT licence), nor a common word dressed up with digits and symbols.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> words = new HashSet<>(60_000);
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing", e);
        }
        this.common = Set.copyOf(words);
    }

    /** Returns why the password is refused, or empty when it is acceptable. */
    Optional<String> problemWith(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a password");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Your password must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Your password must be " + MAX_LENGTH + " characters or fewer");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(stripDecoration(lower)) || isRepetitive(lower)) {
            return Optional.of("This password is too common and easy to guess. Choose a different one, such as three or four unrelated words");
        }
        if (email != null && !email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).strip())) {
            return Optional.of("Your password must not contain your email address");
        }
        if (name != null && name.strip().length() >= 4 && lower.equals(name.strip().toLowerCase(Locale.ROOT).replace(" ", ""))) {
            return Optional.of("Your password must not be your name");
        }
        return Optional.empty();
    }

    /** "Password2024!" becomes "password". */
    private static String stripDecoration(String password) {
        return password.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    private static boolean isRepetitive(String password) {
        return password.chars().distinct().count() <= 3;
    }
}
