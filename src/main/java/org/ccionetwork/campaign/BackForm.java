package org.ccionetwork.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ccionetwork.shared.MailAddress;

/**
 * Backing the campaign. {@code website} is a honeypot: hidden from people, filled in by bots.
 */
public record BackForm(
        @NotNull(message = "Select whether you back the campaign as an individual or for an organisation") BackerKind kind,
        @NotBlank(message = "Enter your name, or your organisation's name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter your email address") @Size(max = 254, message = "Your email address must be 254 characters or fewer")
        @MailAddress String email,
        @Size(max = 1000, message = "Your statement must be 1,000 characters or fewer") String statement,
        @Size(max = 150, message = "Your role must be 150 characters or fewer") String contactRole,
        String website) {

    public static BackForm empty() {
        return new BackForm(null, "", "", "", "", "");
    }
}
