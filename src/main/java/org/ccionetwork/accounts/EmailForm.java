package org.ccionetwork.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ccionetwork.shared.MailAddress;

/** An email address on its own: resend a link, forgot password, change of address. */
public record EmailForm(
        @NotBlank(message = "Enter your email address") @Size(max = 254, message = "Your email address must be 254 characters or fewer")
        @MailAddress String email) {

    static EmailForm empty() {
        return new EmailForm("");
    }
}
