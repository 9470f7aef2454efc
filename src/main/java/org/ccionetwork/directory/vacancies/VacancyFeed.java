package org.ccionetwork.directory.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Feeds;
import org.ccionetwork.shared.Feeds.Entry;
import org.ccionetwork.shared.Feeds.Feed;
import org.ccionetwork.shared.Feeds.Format;

/**
 * The open vacancies as an Atom feed. {@link #entries} decides what the feed says; the shared feed writer writes
 * it.
 */
final class VacancyFeed {

    static final String TITLE = "CCIO vacancies – CCIO Network";
    static final String DESCRIPTION = "Open Chief Clinical Information Officer and related posts at NHS providers";
    /** When there is no vacancy to date the feed by: a fixed day, so the feed does not change with every request. */
    static final Instant EMPTY_FEED_DATE = LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private VacancyFeed() {
    }

    /** One entry a vacancy, whose full address is also its identity. */
    static List<Entry> entries(List<Vacancy> open, String base) {
        return open.stream().map(v -> new Entry(v.title() + ", " + v.organisationName(), base + v.path(),
                base + v.path(), v.createdAt(), v.updatedAt()).withSummary(v.sessions() + ". Closes "
                        + Dates.date(v.closingOn()) + ". " + v.organisationName() + " (" + v.sectorLabel() + ", "
                        + v.region() + ")." + (v.summary() == null ? "" : " " + v.summary()) + " Apply at "
                        + v.applyUrl()))
                .toList();
    }

    /** The feed is dated by its latest change. */
    static Instant updated(List<Entry> entries) {
        return entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(EMPTY_FEED_DATE);
    }

    static String write(List<Vacancy> open, String base) {
        List<Entry> entries = entries(open, base);
        String page = base + "/vacancies";
        return Feeds.write(new Feed(TITLE, DESCRIPTION, null, page, page, base + "/vacancies/feed.atom",
                updated(entries), entries), Format.ATOM);
    }
}
