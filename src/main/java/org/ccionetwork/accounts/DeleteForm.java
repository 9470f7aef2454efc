package org.ccionetwork.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The password is checked by the controller, and only asked of members who have one (not those who sign in with a provider). */
public record DeleteForm(@Size(max = 128, message = "Enter your password") String password,
        @NotNull(message = "Confirm that you understand your account will be erased")
        @AssertTrue(message = "Confirm that you understand your account will be erased") Boolean understood) {
}
