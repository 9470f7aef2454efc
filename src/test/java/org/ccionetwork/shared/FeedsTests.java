package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.ccionetwork.shared.Feeds.Entry;
import org.ccionetwork.shared.Feeds.Feed;
import org.ccionetwork.shared.Feeds.Format;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedsTests {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-03-02T10:00:00Z");

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFeedReaderReadsBackWhatWasWritten(Format format) throws Exception {
        var entry = new Entry("First <story>", "https://example.org/news/first", "https://example.org/news/article-1",
                PUBLISHED, EDITED).withSummary("A summary & more").withHtml("<p>Body</p>").withAuthor("Dr A Writer")
                .withCategories(List.of("Record keeping", "Standards"));
        var plain = new Entry("Second", "https://example.org/news/second", "https://example.org/news/article-2",
                EDITED, PUBLISHED);
        var feed = new Feed("Example news", "What happens", "en-GB", "https://example.org/news/feed",
                "https://example.org/news", "https://example.org/news/feed", EDITED, List.of(entry, plain));

        String xml = Feeds.write(feed, format);
        SyndFeed read = new SyndFeedInput().build(new StringReader(xml));

        assertThat(read.getFeedType()).isEqualTo(format.romeType());
        assertThat(read.getTitle()).isEqualTo("Example news");
        assertThat(read.getEntries()).hasSize(2);
        var first = read.getEntries().getFirst();
        assertThat(first.getTitle()).isEqualTo("First <story>");
        assertThat(first.getLink()).isEqualTo("https://example.org/news/first");
        assertThat(first.getAuthor()).isEqualTo("Dr A Writer");
        assertThat(first.getCategories()).extracting(SyndCategory::getName).containsExactly("Record keeping", "Standards");
        assertThat(first.getDescription().getValue()).as("RSS descriptions are HTML to readers")
                .isEqualTo(format == Format.RSS ? "A summary &amp; more" : "A summary & more");
        assertThat(read.getEntries().get(1).getTitle()).isEqualTo("Second");
        if (format == Format.ATOM) {
            assertThat(first.getUri()).isEqualTo("https://example.org/news/article-1");
            assertThat(first.getUpdatedDate().toInstant()).isEqualTo(EDITED);
            assertThat(read.getEntries().get(1).getUpdatedDate().toInstant())
                    .as("never updated before it was published").isEqualTo(EDITED);
            assertThat(read.getLinks()).extracting(SyndLink::getRel).contains("self", "alternate");
            assertThat(read.getLinks()).filteredOn(l -> "self".equals(l.getRel())).extracting(SyndLink::getHref)
                    .containsExactly("https://example.org/news/feed");
        } else {
            assertThat(read.getLink()).isEqualTo("https://example.org/news");
            assertThat(first.getPublishedDate().toInstant()).isEqualTo(PUBLISHED);
        }
        assertThat(format.mediaType().toString()).startsWith("application/").endsWith("+xml;charset=UTF-8");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void markupInASummaryNeverReachesAReaderAsMarkup(Format format) throws Exception {
        var entry = new Entry("Title", "https://example.org/news/x", "https://example.org/news/article-x", PUBLISHED,
                PUBLISHED).withSummary("Look <img src=x onerror=alert(1)> here");
        var feed = new Feed("Example news", "What happens", "en-GB", "https://example.org/news/feed",
                "https://example.org/news", "https://example.org/news/feed", PUBLISHED, List.of(entry));

        SyndFeed read = new SyndFeedInput().build(new StringReader(Feeds.write(feed, format)));

        String description = read.getEntries().getFirst().getDescription().getValue();
        if (format == Format.RSS) {
            // What a reader renders as HTML: the text, escaped, and no element.
            assertThat(description).isEqualTo("Look &lt;img src=x onerror=alert(1)&gt; here").doesNotContain("<img");
        } else {
            assertThat(read.getEntries().getFirst().getDescription().getType()).isEqualTo("text");
            assertThat(description).isEqualTo("Look <img src=x onerror=alert(1)> here");
        }
    }
}
