package org.ccionetwork.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.ccionetwork.organisations.RegisterFilter;

/** A CCIO or related post at an NHS provider, open until the end of its closing date. */
public record Vacancy(long id, long organisationId, String organisationName, String odsCode, String sector,
        String region, String title, String sessions, LocalDate closingOn, String applyUrl, String summary,
        long postedBy, Instant createdAt) {

    public String sectorLabel() {
        return RegisterFilter.sectorLabel(sector);
    }
}
