package org.ccionetwork.organisations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** "I am (or was) the CCIO of this provider since …": what a member claims, with evidence for the moderators. */
public record ClaimForm(
        @NotBlank(message = "Enter your job title") @Size(max = 150, message = "Your job title must be 150 characters or fewer") String jobTitle,
        @NotNull(message = "Enter the date you started as CCIO") @PastOrPresent(message = "The start date must be today or in the past") LocalDate startedOn,
        @PastOrPresent(message = "The end date must be today or in the past") LocalDate endedOn,
        @NotBlank(message = "Give a link or a note that shows your appointment") @Size(max = 2000, message = "The evidence must be 2,000 characters or fewer") String evidence,
        Boolean showName) {

    public static ClaimForm empty() {
        return new ClaimForm("Chief Clinical Information Officer", null, null, "", true);
    }

    public boolean showsName() {
        return showName != null && showName;
    }
}
