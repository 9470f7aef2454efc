package org.ccionetwork.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A suspension: until a date (or until reinstated), with the reason the member is told. */
public record SuspendForm(@Future(message = "The end of the suspension must be a date in the future") LocalDate until,
        @NotBlank(message = "Give the reason for the suspension") @Size(max = 500, message = "The reason must be 500 characters or fewer") String reason) {

    static SuspendForm empty() {
        return new SuspendForm(null, "");
    }
}
