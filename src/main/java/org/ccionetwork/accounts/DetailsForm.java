package org.ccionetwork.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record DetailsForm(
        @NotBlank(message = "Enter your full name") @Size(max = 100, message = "Your name must be 100 characters or fewer") String name,
        @NotNull(message = "Select your profession") Profession profession,
        @Size(max = 200, message = "Your organisation must be 200 characters or fewer") String organisation) {

    static DetailsForm of(Member member) {
        return new DetailsForm(member.name(), member.profession(), member.organisationName());
    }
}
