package org.ccionetwork.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.springframework.http.MediaType;

/**
 * Writes Atom and RSS feeds with ROME. A module describes its feed as a {@link Feed} of {@link Entry} records
 * with absolute links, and gets the XML; caching and conditional requests stay with the module, which knows
 * when its feed changes.
 */
public final class Feeds {

    private Feeds() {
    }

    /** The two formats, with ROME's name for each and the media type to answer with. */
    public enum Format {
        ATOM("atom_1.0", new MediaType("application", "atom+xml", StandardCharsets.UTF_8)),
        RSS("rss_2.0", new MediaType("application", "rss+xml", StandardCharsets.UTF_8));

        private final String romeType;
        private final MediaType mediaType;

        Format(String romeType, MediaType mediaType) {
            this.romeType = romeType;
            this.mediaType = mediaType;
        }

        /** ROME's name of the format, such as {@code atom_1.0}; also what a feed reader reports. */
        public String romeType() {
            return romeType;
        }

        /** The media type with {@code charset=UTF-8}. */
        public MediaType mediaType() {
            return mediaType;
        }
    }

    /**
     * A feed. Every address is absolute.
     *
     * @param title the feed's title
     * @param description a sentence saying what it carries (RSS requires one)
     * @param language such as {@code en-GB}, or {@code null}
     * @param id the feed's permanent identifier, usually the address of the feed itself
     * @param htmlHref the page the feed mirrors (the {@code alternate} link)
     * @param selfHref the address of the feed (the {@code self} link)
     * @param updated when anything in it last changed
     * @param entries newest first
     */
    public record Feed(String title, String description, String language, String id, String htmlHref,
            String selfHref, Instant updated, List<Entry> entries) {

        public Feed {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(updated, "updated");
            entries = List.copyOf(entries);
        }
    }

    /**
     * One entry. Only the first five are required; the rest may be {@code null} (or empty, for categories).
     *
     * @param title the entry's title
     * @param link the entry's page
     * @param id its permanent identifier, which should not change when the title (and with it the link) does
     * @param published when it first appeared
     * @param updated when it last changed, never before {@code published}
     * @param summary plain text
     * @param html the full content as safe HTML
     * @param author the author's name
     * @param categories the names of its categories
     */
    public record Entry(String title, String link, String id, Instant published, Instant updated, String summary,
            String html, String author, List<String> categories) {

        public Entry {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(published, "published");
            updated = updated == null || updated.isBefore(published) ? published : updated;
            categories = categories == null ? List.of() : List.copyOf(categories);
        }

        public Entry(String title, String link, String id, Instant published, Instant updated) {
            this(title, link, id, published, updated, null, null, null, List.of());
        }

        public Entry withSummary(String text) {
            return new Entry(title, link, id, published, updated, text, html, author, categories);
        }

        public Entry withHtml(String content) {
            return new Entry(title, link, id, published, updated, summary, content, author, categories);
        }

        public Entry withAuthor(String name) {
            return new Entry(title, link, id, published, updated, summary, html, name, categories);
        }

        public Entry withCategories(List<String> names) {
            return new Entry(title, link, id, published, updated, summary, html, author, names);
        }
    }

    /** The feed as XML in the format asked for. */
    public static String write(Feed feed, Format format) {
        SyndFeed out = new SyndFeedImpl();
        out.setFeedType(format.romeType());
        out.setTitle(feed.title());
        out.setDescription(feed.description());
        out.setLanguage(feed.language());
        out.setLink(feed.htmlHref());
        out.setUri(feed.id());
        out.setPublishedDate(Date.from(feed.updated()));
        out.setLinks(List.of(link("alternate", feed.htmlHref(), "text/html"),
                link("self", feed.selfHref(), format.mediaType().getType() + "/" + format.mediaType().getSubtype())));
        // ROME may change the lists it is given, so they are mutable ones.
        out.setEntries(new ArrayList<>(feed.entries().stream().map(entry -> entry(entry, format)).toList()));
        try {
            return new SyndFeedOutput().outputString(out);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed " + feed.id() + " could not be written", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        var link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndEntry entry(Entry entry, Format format) {
        SyndEntry out = new SyndEntryImpl();
        out.setTitle(entry.title());
        out.setLink(entry.link());
        out.setUri(entry.id());
        out.setAuthor(entry.author());
        out.setPublishedDate(Date.from(entry.published()));
        out.setUpdatedDate(Date.from(entry.updated()));
        if (entry.summary() != null) {
            // RSS readers take <description> as HTML, so plain text goes in escaped for HTML (then for XML);
            // Atom says its summary is text, and readers show it as such.
            out.setDescription(content("text/plain", format == Format.RSS
                    ? org.springframework.web.util.HtmlUtils.htmlEscape(entry.summary(), "UTF-8") : entry.summary()));
        }
        if (entry.html() != null) {
            out.setContents(List.of(content("html", entry.html())));
        }
        List<SyndCategory> categories = entry.categories().stream().map(name -> {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(name);
            return category;
        }).collect(Collectors.toCollection(ArrayList::new));
        out.setCategories(categories);
        return out;
    }

    private static SyndContent content(String type, String value) {
        var content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }
}
