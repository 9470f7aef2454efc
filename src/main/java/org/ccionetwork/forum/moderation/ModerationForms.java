package org.ccionetwork.forum.moderation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of reporting and moderation, with British messages. */
public final class ModerationForms {

    private ModerationForms() {
    }

    public record ReportForm(
            @NotBlank(message = "Say why you are reporting this post") @Size(max = 1000, message = "Reason must be 1,000 characters or fewer") String reason) {
    }

    public record RejectForm(
            @NotBlank(message = "Enter the reason the author will be told") @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason) {
    }

    public record HideForm(
            @NotBlank(message = "Enter the reason shown in place of the post") @Size(max = 300, message = "Reason must be 300 characters or fewer") String reason) {
    }

    public record SuspendForm(
            @NotNull(message = "Enter the number of days") @Min(value = 1, message = "Suspend for at least 1 day") @Max(value = 365, message = "Suspend for at most 365 days") Integer days,
            @NotBlank(message = "Enter the reason for the suspension") @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason) {
    }
}
