package org.ccionetwork.standards;

import java.time.LocalDate;
import java.util.List;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.standards.NationalFigures.MatrixRow;

/** The records behind the standards module's templates. */
public final class StandardsPages {

    private StandardsPages() {
    }

    /** What the matrix is filtered by, and which standard the sector, region and month charts show. */
    public record MatrixFilter(String standard, String sector, String region, Boolean hasCcio) {

        public MatrixFilter {
            sector = Sector.known(sector) ? sector : null;
            region = region != null && RegisterFilter.REGIONS.contains(region) ? region : null;
            standard = standard == null || standard.isBlank() ? null : standard;
        }

        boolean keeps(MatrixRow row) {
            return (sector == null || sector.equals(row.sector())) && (region == null || region.equals(row.region()))
                    && (hasCcio == null || hasCcio == row.hasCcio());
        }

        public List<String> sectors() {
            return Sector.slugs();
        }

        public List<String> regions() {
            return RegisterFilter.REGIONS;
        }
    }

    /** One bar of a stacked chart: shares of providers in per cent. */
    public record Bar(String label, double live, double inProgress, double planned) {

        static Bar of(String label, NationalFigures.Counts counts) {
            return new Bar(label, counts.liveShare(), counts.inProgressShare(), counts.plannedShare());
        }

        /** Where each part starts and how wide it is, on a bar of {@code width} units. */
        public double liveWidth(double width) {
            return width * live / 100;
        }

        public double inProgressWidth(double width) {
            return width * inProgress / 100;
        }

        public double plannedWidth(double width) {
            return width * planned / 100;
        }
    }

    public record StandardsPage(NationalFigures figures, Standard focus, MatrixFilter filter, List<MatrixRow> rows) {
        public List<AdoptionStatus> statuses() {
            return List.of(AdoptionStatus.values());
        }

        public List<Bar> nationalBars() {
            return figures.standards().stream().map(s -> Bar.of(s.name(), figures.counts(s.id()))).toList();
        }

        public List<Bar> sectorBars() {
            return focus == null ? List.of() : figures.bySector().get(focus.id()).stream()
                    .map(g -> Bar.of(g.label(), g.counts())).toList();
        }

        public List<Bar> regionBars() {
            return focus == null ? List.of() : figures.byRegion().get(focus.id()).stream()
                    .map(g -> Bar.of(g.label(), g.counts())).toList();
        }

        public List<Bar> monthBars() {
            if (focus == null) {
                return List.of();
            }
            var format = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", java.util.Locale.UK);
            long providers = figures.providers();
            return figures.byMonth().get(focus.id()).stream().map(m -> new Bar(m.month().format(format),
                    share(m.live(), providers), share(m.inProgress(), providers), share(m.planned(), providers))).toList();
        }

        public List<Bar> comparisonBars() {
            return StandardsPages.comparisonBars(figures);
        }

        /** The query string of the filter with another focus standard, for links. */
        public String withFocus(String slug) {
            StringBuilder out = new StringBuilder("standard=").append(slug);
            if (filter.sector() != null) {
                out.append("&sector=").append(filter.sector());
            }
            if (filter.region() != null) {
                out.append("&region=").append(java.net.URLEncoder.encode(filter.region(), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (filter.hasCcio() != null) {
                out.append("&hasCcio=").append(filter.hasCcio());
            }
            return out.toString();
        }
    }

    static List<Bar> comparisonBars(NationalFigures figures) {
        List<Bar> bars = new java.util.ArrayList<>();
        for (Standard standard : figures.standards()) {
            var with = figures.comparison().byStandardWithCcio().get(standard.id());
            var without = figures.comparison().byStandardWithoutCcio().get(standard.id());
            bars.add(new Bar(standard.name() + ", with a CCIO", with.liveShare(), 0, 0));
            bars.add(new Bar(standard.name() + ", without", without.liveShare(), 0, 0));
        }
        return bars;
    }

    static double share(long count, long of) {
        return of == 0 ? 0 : Math.round(count * 1000.0 / of) / 10.0;
    }

    public record StatusFormPage(Organisation provider, Standard standard, StatusForm form, FormErrors errors,
            LocalDate today) {
        public List<AdoptionStatus> choices() {
            return List.of(AdoptionStatus.values());
        }
    }

    /** One standard's line in a provider's table; {@code status} is {@code null} when nothing is recorded. */
    public record Line(Standard standard, ProviderStatus status, boolean stale) {
        public AdoptionStatus shown() {
            return status == null ? AdoptionStatus.NOT_KNOWN : status.status();
        }
    }

    /**
     * The standards panel of a provider's page: its table and history for everyone; for those who may change it
     * the edit links; for its CCIO the "keep your standards up to date" box.
     */
    public record ProviderPanel(Organisation provider, List<Line> lines, List<StatusChange> history, boolean canEdit,
            boolean ccio, List<Line> stale, List<Line> unrecorded, boolean remindersOff,
            org.springframework.security.web.csrf.CsrfToken csrf) {
    }

    public record AdminPage(List<Standard> standards, StandardForm form, FormErrors errors) {
        public List<StandardKind> kinds() {
            return List.of(StandardKind.values());
        }
    }

    public record EditPage(Standard standard, StandardForm form, FormErrors errors) {
        public List<StandardKind> kinds() {
            return List.of(StandardKind.values());
        }
    }

    /** The campaign page's section: the comparison of providers with and without a CCIO. */
    public record CampaignSection(NationalFigures figures) {
        public List<Bar> comparisonBars() {
            return StandardsPages.comparisonBars(figures);
        }
    }

    public record UnsubscribePage(long member, String token, boolean done, boolean valid) {
    }
}
