package org.ccionetwork.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, with the current one when signed in. */
public record PasswordForm(@Size(max = 128, message = "Enter your current password") String currentPassword,
        @NotBlank(message = "Enter a new password") String newPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "");
    }
}
