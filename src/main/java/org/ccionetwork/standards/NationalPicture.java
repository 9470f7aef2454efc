package org.ccionetwork.standards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.ccionetwork.organisations.Appointment;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.VersionedCache;
import org.ccionetwork.standards.NationalFigures.Comparison;
import org.ccionetwork.standards.NationalFigures.Counts;
import org.ccionetwork.standards.NationalFigures.Group;
import org.ccionetwork.standards.NationalFigures.MatrixRow;
import org.ccionetwork.standards.NationalFigures.Month;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Computes the national picture in a fixed number of statements (the list, every status, the month-by-month
 * counts, the providers and the verified appointments), whatever the number of providers or changes. The last
 * result is kept with the data versions it came from (this module's change counter, and the organisations
 * module's figures version, which includes the day) and reused while they hold, so every instance answers from
 * the database's current state.
 */
@Service
public class NationalPicture {

    static final int MONTHS = 24;

    private final StandardRepository standards;
    private final StatusRepository statuses;
    private final Organisations organisations;
    private final Clock clock;
    private final VersionedCache<NationalFigures> figures;

    NationalPicture(StandardRepository standards, StatusRepository statuses, Organisations organisations, Clock clock,
            PlatformTransactionManager transactions) {
        this.standards = standards;
        this.statuses = statuses;
        this.organisations = organisations;
        this.clock = clock;
        this.figures = new VersionedCache<>(transactions, this::version, this::compute);
    }

    /** A cheap fingerprint of everything the figures depend on: for ETags and the cache. */
    public String version() {
        return standards.version() + "/" + organisations.figuresVersion();
    }

    /**
     * The figures, reused while {@link #version} is unchanged (two statements in no transaction: each part only
     * grows, so equal parts mean nothing changed), computed again in one read-only transaction when it has changed.
     */
    public NationalFigures figures() {
        return figures.get();
    }

    private NationalFigures compute() {
        LocalDate today = LocalDate.now(clock.withZone(Dates.LONDON));
        List<Standard> current = standards.all().stream().filter(s -> !s.retired()).toList();
        List<Organisation> providers = organisations.providers();
        Set<Long> withCcio = new HashSet<>();
        for (Appointment appointment : organisations.verifiedAppointments()) {
            if (appointment.currentOn(today)) {
                withCcio.add(appointment.organisationId());
            }
        }
        Map<Long, Map<Long, AdoptionStatus>> byProvider = new HashMap<>();
        for (ProviderStatus status : statuses.all()) {
            byProvider.computeIfAbsent(status.organisationId(), id -> new HashMap<>()).put(status.standardId(), status.status());
        }
        List<MatrixRow> matrix = providers.stream().map(p -> new MatrixRow(p.odsCode(), p.name(), p.sector(), p.region(),
                withCcio.contains(p.id()), Map.copyOf(byProvider.getOrDefault(p.id(), Map.of())))).toList();

        Map<Long, Counts> national = new LinkedHashMap<>();
        Map<Long, List<Group>> bySector = new LinkedHashMap<>();
        Map<Long, List<Group>> byRegion = new LinkedHashMap<>();
        Map<Long, Counts> withCounts = new LinkedHashMap<>();
        Map<Long, Counts> withoutCounts = new LinkedHashMap<>();
        for (Standard standard : current) {
            national.put(standard.id(), count(matrix, standard.id(), row -> true));
            bySector.put(standard.id(), groups(matrix, standard.id(), Sector.slugs(), Sector::labelOf, MatrixRow::sector));
            byRegion.put(standard.id(), groups(matrix, standard.id(), RegisterFilter.REGIONS, Function.identity(), MatrixRow::region));
            withCounts.put(standard.id(), count(matrix, standard.id(), MatrixRow::hasCcio));
            withoutCounts.put(standard.id(), count(matrix, standard.id(), row -> !row.hasCcio()));
        }
        var comparison = new Comparison(withCcio(matrix, true), averageLive(matrix, current, true),
                withCcio(matrix, false), averageLive(matrix, current, false), withCounts, withoutCounts);
        return new NationalFigures(today, current, providers.size(), comparison.withCcio(), national, bySector, byRegion,
                months(today, current), comparison, matrix);
    }

    private static Counts count(List<MatrixRow> rows, long standardId, Predicate<MatrixRow> in) {
        long providers = 0;
        long[] by = new long[AdoptionStatus.values().length];
        for (MatrixRow row : rows) {
            if (in.test(row)) {
                providers++;
                by[row.status(standardId).ordinal()]++;
            }
        }
        return new Counts(providers, by[AdoptionStatus.LIVE.ordinal()], by[AdoptionStatus.IN_PROGRESS.ordinal()],
                by[AdoptionStatus.PLANNED.ordinal()], by[AdoptionStatus.NOT_STARTED.ordinal()]);
    }

    private static List<Group> groups(List<MatrixRow> rows, long standardId, List<String> keys,
            Function<String, String> label, Function<MatrixRow, String> key) {
        List<Group> groups = new ArrayList<>();
        for (String value : keys) {
            Counts counts = count(rows, standardId, row -> value.equals(key.apply(row)));
            if (counts.providers() > 0) {
                groups.add(new Group(value, label.apply(value), counts));
            }
        }
        return groups;
    }

    private static long withCcio(List<MatrixRow> rows, boolean with) {
        return rows.stream().filter(row -> row.hasCcio() == with).count();
    }

    private static double averageLive(List<MatrixRow> rows, List<Standard> current, boolean with) {
        long providers = 0;
        long live = 0;
        for (MatrixRow row : rows) {
            if (row.hasCcio() == with) {
                providers++;
                live += current.stream().filter(s -> row.status(s.id()) == AdoptionStatus.LIVE).count();
            }
        }
        return providers == 0 ? 0 : Math.round(live * 100.0 / providers) / 100.0;
    }

    private Map<Long, List<Month>> months(LocalDate today, List<Standard> current) {
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<Long, Map<YearMonth, long[]>> deltas = new HashMap<>();
        for (StatusRepository.MonthDelta delta : statuses.monthDeltas(first)) {
            deltas.computeIfAbsent(delta.standardId(), id -> new HashMap<>())
                    .computeIfAbsent(delta.month(), month -> new long[AdoptionStatus.values().length])
                    [delta.status().ordinal()] += delta.delta();
        }
        Map<Long, List<Month>> months = new LinkedHashMap<>();
        for (Standard standard : current) {
            long[] running = new long[AdoptionStatus.values().length];
            List<Month> series = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                long[] change = deltas.getOrDefault(standard.id(), Map.of()).get(month);
                if (change != null) {
                    for (int i = 0; i < running.length; i++) {
                        running[i] += change[i];
                    }
                }
                series.add(new Month(month, running[AdoptionStatus.LIVE.ordinal()],
                        running[AdoptionStatus.IN_PROGRESS.ordinal()], running[AdoptionStatus.PLANNED.ordinal()]));
            }
            months.put(standard.id(), series);
        }
        return months;
    }
}
