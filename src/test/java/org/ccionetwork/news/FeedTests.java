package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.StringReader;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.ccionetwork.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class FeedTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Articles articles;

    @ParameterizedTest
    @CsvSource({"/news/feed.atom, atom_1.0, application/atom+xml", "/news/feed.rss, rss_2.0, application/rss+xml"})
    void feedsParseWithAbsoluteLinksAndLeaveOutMembersOnlyArticles(String path, String type, String contentType) throws Exception {
        var open = articles.anArticle().withTopics("record-keeping").write(mvc);
        var closed = articles.anArticle().membersOnly().write(mvc);
        var draft = articles.anArticle().draft().write(mvc);

        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith(contentType);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(result.getResponse().getContentAsString()));
        assertThat(feed.getFeedType()).isEqualTo(type);
        assertThat(feed.getEntries()).hasSizeLessThanOrEqualTo(NewsFeeds.FEED_SIZE);
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains(open.title())
                .doesNotContain(closed.title(), draft.title());
        SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals(open.title())).findFirst().orElseThrow();
        assertThat(entry.getLink()).isEqualTo("http://localhost/news/" + open.slug());
        var links = new java.util.ArrayList<String>();
        links.add(feed.getLink());
        feed.getLinks().forEach(link -> links.add(link.getHref()));
        assertThat(links).contains("http://localhost/news");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("href=\"/").doesNotContain("<link>/");
        assertThat(result.getResponse().getContentAsString()).doesNotContain(closed.title());
    }

    @ParameterizedTest
    @CsvSource({"/news/feed.atom", "/news/feed.rss"})
    void anUnchangedFeedAnswers304UntilAnArticleIsPublished(String path) throws Exception {
        articles.anArticle().write(mvc);
        MvcResult first = mvc.perform(get(path)).andReturn();
        String etag = first.getResponse().getHeader("ETag");
        String lastModified = first.getResponse().getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();

        assertThat(mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus()).isEqualTo(304);
        assertThat(mvc.perform(get(path).header("If-Modified-Since", lastModified)).andReturn().getResponse().getStatus())
                .isEqualTo(304);

        articles.anArticle().membersOnly().write(mvc);
        assertThat(mvc.perform(get(path).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
                .as("a members-only article does not change the public feed").isEqualTo(304);

        articles.anArticle().write(mvc);
        MvcResult changed = mvc.perform(get(path).header("If-None-Match", etag)).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(200);
        assertThat(changed.getResponse().getHeader("ETag")).isNotEqualTo(etag);
    }

    @org.junit.jupiter.api.Test
    void anErasedAuthorsNameLeavesTheFeedAtOnce() throws Exception {
        String name = "Dr Quentin Erasable " + System.nanoTime();
        var editor = members.aMember().withRole(org.ccionetwork.accounts.Role.EDITOR).named(name).create();
        mvc.perform(articles.anArticle().titled("A story by someone who will leave").request(editor)).andReturn();
        assertThat(mvc.perform(get("/news/feed.atom")).andReturn().getResponse().getContentAsString()).contains(name);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/delete")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(editor.signedIn()).param("password", editor.password()).param("understood", "true")).andReturn();

        // Erasure reaches news through an event after the commit; the rendered feed must not outlive it.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        String feed;
        do {
            Thread.sleep(100);
            feed = mvc.perform(get("/news/feed.atom")).andReturn().getResponse().getContentAsString();
        } while (feed.contains(name) && System.nanoTime() < deadline);
        assertThat(feed).doesNotContain(name).contains("A story by someone who will leave");
    }

    @Autowired
    org.ccionetwork.accounts.Members members;
}
