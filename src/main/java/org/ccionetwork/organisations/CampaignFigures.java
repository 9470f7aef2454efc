package org.ccionetwork.organisations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The campaign's figures, computed in SQL: how many current NHS providers have a verified CCIO in post, in all,
 * by sector, by region and month by month.
 */
public record CampaignFigures(LocalDate asOf, Count total, List<Group> bySector, List<Group> byRegion,
        List<Month> byMonth) {

    /** Providers in a group and how many of them have a CCIO. */
    public record Count(long providers, long withCcio) {
        /** The percentage with a CCIO, to one decimal place. */
        public double percentage() {
            return providers == 0 ? 0 : Math.round(withCcio * 1000.0 / providers) / 10.0;
        }
    }

    public record Group(String key, String label, Count count) {
    }

    /** A month: verified appointments that started in it, and providers with a CCIO at its end (cumulative). */
    public record Month(YearMonth month, long newAppointments, long providersWithCcio) {
    }
}
