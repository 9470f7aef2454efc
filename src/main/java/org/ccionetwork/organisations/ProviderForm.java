package org.ccionetwork.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider an administrator adds to the register by hand (a new trust before the next ODS release). */
public record ProviderForm(
        @NotBlank(message = "Enter the ODS code") @Pattern(regexp = "^[A-Za-z0-9]{3,6}$", message = "An ODS code is 3 to 6 letters and digits, like RX1") String odsCode,
        @NotBlank(message = "Enter the name") @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
        @NotBlank(message = "Select the sector") String sector,
        @NotBlank(message = "Select the region") String region,
        @Size(max = 10, message = "A postcode is 10 characters or fewer") String postcode) {

    public static ProviderForm empty() {
        return new ProviderForm("", "", "", "", "");
    }
}
