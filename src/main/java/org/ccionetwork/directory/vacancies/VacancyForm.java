package org.ccionetwork.directory.vacancies;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An editor posting a vacancy, or correcting one (the same form and rules). */
public record VacancyForm(
        @NotBlank(message = "Select the organisation") String organisation,
        @NotBlank(message = "Enter the job title") @Size(max = 150, message = "The title must be 150 characters or fewer") String title,
        @NotBlank(message = "Enter the sessions or hours, such as 2 PAs a week") @Size(max = 150, message = "The sessions must be 150 characters or fewer") String sessions,
        @NotNull(message = "Enter the closing date") @FutureOrPresent(message = "The closing date must be today or later") LocalDate closingOn,
        @NotBlank(message = "Enter the link to apply") @Pattern(regexp = "^$|^https?://\\S{1,490}$", message = "Enter a web address starting with https://") String applyUrl,
        @Size(max = 2000, message = "The summary must be 2,000 characters or fewer") String summary) {

    public static VacancyForm empty() {
        return new VacancyForm(null, "Chief Clinical Information Officer", "", null, "", "");
    }

    /** The form filled in with a vacancy as it stands. */
    public static VacancyForm of(Vacancy v) {
        return new VacancyForm(v.odsCode(), v.title(), v.sessions(), v.closingOn(), v.applyUrl(), v.summary() == null ? "" : v.summary());
    }
}
