package org.ccionetwork.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ccionetwork.shared.MailAddress;

/** What a person types to join. The password is checked against the policy by the controller. */
public record SignUpForm(
        @NotBlank(message = "Enter your full name") @Size(max = 100, message = "Your name must be 100 characters or fewer") String name,
        @NotBlank(message = "Enter your email address") @Size(max = 254, message = "Your email address must be 254 characters or fewer")
        @MailAddress String email,
        String password,
        @NotNull(message = "Select your profession") Profession profession,
        @Size(max = 200, message = "Your organisation must be 200 characters or fewer") String organisation) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "", null, "");
    }

    /** The form to show again: never with the password. */
    SignUpForm withoutPassword() {
        return new SignUpForm(name, email, "", profession, organisation);
    }
}
