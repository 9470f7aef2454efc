package org.ccionetwork.directory.vacancies;

import java.time.Instant;
import java.time.LocalDate;

import org.ccionetwork.organisations.Sector;

/**
 * A CCIO or related post at an NHS provider, open until the end of its closing date unless withdrawn.
 * {@code updatedAt} moves whenever it is posted, edited, withdrawn or reopened.
 */
public record Vacancy(long id, long organisationId, String organisationName, String odsCode, String sector,
        String region, String title, String sessions, LocalDate closingOn, String applyUrl, String summary,
        long postedBy, Instant createdAt, Instant updatedAt, Instant withdrawnAt) {

    public String sectorLabel() {
        return Sector.labelOf(sector);
    }

    /** Open on a day: not withdrawn and closing that day or later. */
    public boolean openOn(LocalDate today) {
        return withdrawnAt == null && !closingOn.isBefore(today);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public String path() {
        return "/vacancies/" + id;
    }
}
