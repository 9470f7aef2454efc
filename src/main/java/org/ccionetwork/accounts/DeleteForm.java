package org.ccionetwork.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DeleteForm(@NotBlank(message = "Enter your password") @Size(max = 128, message = "Enter your password") String password,
        @NotNull(message = "Confirm that you understand your account will be erased")
        @AssertTrue(message = "Confirm that you understand your account will be erased") Boolean understood) {
}
