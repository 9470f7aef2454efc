package org.ccionetwork.directory.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.ccionetwork.shared.Dates;

/**
 * The open vacancies as an Atom feed. {@link #entries} decides what the feed says; {@link #write} is the only place
 * that knows Atom (on ROME), so moving to the shared feed writer changes that method alone.
 */
final class VacancyFeed {

    static final String TITLE = "CCIO vacancies – CCIO Network";
    static final String DESCRIPTION = "Open Chief Clinical Information Officer and related posts at NHS providers";
    /** When there is no vacancy to date the feed by: a fixed day, so the feed does not change with every request. */
    static final Instant EMPTY_FEED_DATE = LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /** One entry: {@code link} is its full address, which is also its identity. */
    record Entry(String title, String link, Instant published, Instant updated, String text) {
    }

    private VacancyFeed() {
    }

    static List<Entry> entries(List<Vacancy> open, String base) {
        return open.stream().map(v -> new Entry(v.title() + ", " + v.organisationName(), base + v.path(), v.createdAt(),
                v.updatedAt(), v.sessions() + ". Closes " + Dates.date(v.closingOn()) + ". " + v.organisationName() + " ("
                        + v.sectorLabel() + ", " + v.region() + ")." + (v.summary() == null ? "" : " " + v.summary())
                        + " Apply at " + v.applyUrl()))
                .toList();
    }

    /** The feed is dated by its latest change. */
    static Instant updated(List<Entry> entries) {
        return entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(EMPTY_FEED_DATE);
    }

    static String write(List<Vacancy> open, String base) throws FeedException {
        List<Entry> entries = entries(open, base);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(TITLE);
        feed.setDescription(DESCRIPTION);
        feed.setLink(base + "/vacancies");
        feed.setUri(base + "/vacancies");
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "/vacancies/feed.atom");
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(base + "/vacancies");
        feed.setLinks(List.of(alternate, self));
        List<SyndEntry> written = new ArrayList<>();
        for (Entry e : entries) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(e.title());
            entry.setLink(e.link());
            entry.setUri(e.link());
            entry.setPublishedDate(Date.from(e.published()));
            entry.setUpdatedDate(Date.from(e.updated()));
            var content = new SyndContentImpl();
            content.setType("text");
            content.setValue(e.text());
            entry.setDescription(content);
            written.add(entry);
        }
        feed.setEntries(written);
        feed.setPublishedDate(Date.from(updated(entries)));
        return new SyndFeedOutput().outputString(feed);
    }
}
