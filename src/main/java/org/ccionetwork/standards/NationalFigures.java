package org.ccionetwork.standards;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The national picture of the current standards, as of a day: for each standard how many current NHS providers
 * are live, in progress or planned, in all, by sector, by region and month by month; the same for providers with
 * and without a verified CCIO; and every provider's status for the matrix.
 */
public record NationalFigures(LocalDate asOf, List<Standard> standards, long providers, long providersWithCcio,
        Map<Long, Counts> byStandard, Map<Long, List<Group>> bySector, Map<Long, List<Group>> byRegion,
        Map<Long, List<Month>> byMonth, Comparison comparison, List<MatrixRow> matrix) {

    /** Providers in a group and how many of them stand where with one standard. */
    public record Counts(long providers, long live, long inProgress, long planned, long notStarted) {

        public long notKnown() {
            return providers - live - inProgress - planned - notStarted;
        }

        public double liveShare() {
            return share(live);
        }

        public double inProgressShare() {
            return share(inProgress);
        }

        public double plannedShare() {
            return share(planned);
        }

        /** The percentage of the group's providers, to one decimal place. */
        public double share(long count) {
            return providers == 0 ? 0 : Math.round(count * 1000.0 / providers) / 10.0;
        }
    }

    public record Group(String key, String label, Counts counts) {
    }

    /** Providers live, in progress and planned with one standard at the end of a month, as recorded by then. */
    public record Month(YearMonth month, long live, long inProgress, long planned) {
    }

    /**
     * Adoption among providers with a verified CCIO and among those without: the average number of current standards
     * live per provider, and for each standard the share live. An association, not a cause.
     */
    public record Comparison(long withCcio, double averageLiveWithCcio, long withoutCcio, double averageLiveWithoutCcio,
            Map<Long, Counts> byStandardWithCcio, Map<Long, Counts> byStandardWithoutCcio) {
    }

    /** One provider's line of the matrix: its status for each standard, keyed by standard id (absent: not known). */
    public record MatrixRow(String odsCode, String name, String sector, String region, boolean hasCcio,
            Map<Long, AdoptionStatus> statuses) {

        public AdoptionStatus status(long standardId) {
            return statuses.getOrDefault(standardId, AdoptionStatus.NOT_KNOWN);
        }
    }

    public Counts counts(long standardId) {
        return byStandard.getOrDefault(standardId, new Counts(providers, 0, 0, 0, 0));
    }
}
