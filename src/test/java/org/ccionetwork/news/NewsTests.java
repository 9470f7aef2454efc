package org.ccionetwork.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class NewsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorPublishesAnArticleThatEveryoneCanRead() throws Exception {
        var article = articles.anArticle().titled("Interoperability standards: a primer").withTopics("record-keeping", "interoperability")
                .withBody("## Why\n\n| Standard | Use |\n|---|---|\n| FHIR | exchange |").write(mvc);
        assertThat(article.slug()).startsWith("interoperability-standards-a-primer");

        String page = mvc.perform(get("/news/" + article.slug())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Interoperability standards: a primer").contains("<h2>Why</h2>").contains("<td>FHIR</td>")
                .contains("By Edna Editor").contains("href=\"/news/topics/record-keeping\"")
                .contains("Standards and record keeping");
        assertThat(mvc.perform(get("/news")).andReturn().getResponse().getContentAsString()).contains(article.title());
        assertThat(mvc.perform(get("/news/topics/interoperability")).andReturn().getResponse().getContentAsString())
                .contains(article.title());
        assertThat(mvc.perform(get("/news/topics/mental-health")).andReturn().getResponse().getContentAsString())
                .doesNotContain(article.title());
        assertThat(jdbc.sql("select body_html from news.article where id = :id").param("id", article.id())
                .query(String.class).single()).contains("<table>");
        assertThat(jdbc.sql("select count(*) from shared.audit_entry where action = 'ARTICLE_CREATED' and target like :t")
                .param("t", "article #" + article.id() + " %").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void changingTheTitleKeepsTheOldAddressWorking() throws Exception {
        var article = articles.anArticle().titled("Launch of the network").write(mvc);
        mvc.perform(post("/admin/news/" + article.id()).with(csrf()).with(article.editor().signedIn())
                .param("title", "The network launches in London").param("standfirst", "Changed.").param("body", "Body")
                .param("publication", "NOW")).andReturn();
        String newSlug = jdbc.sql("select slug from news.article where id = :id").param("id", article.id()).query(String.class).single();
        assertThat(newSlug).startsWith("the-network-launches-in-london");
        MvcResult old = mvc.perform(get("/news/" + article.slug())).andReturn();
        assertThat(old.getResponse().getStatus()).isEqualTo(301);
        assertThat(old.getResponse().getHeader("Location")).isEqualTo("/news/" + newSlug);
        assertThat(mvc.perform(get("/news/" + newSlug)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void slugsAreUniqueWhenTitlesRepeat() throws Exception {
        String title = "Weekly round-up " + System.nanoTime();
        var first = articles.anArticle().titled(title).write(mvc);
        var second = articles.anArticle().titled(title).write(mvc);
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
    }

    @Test
    void membersOnlyArticlesShowTheirBodyOnlyToMembers() throws Exception {
        var article = articles.anArticle().membersOnly().withBody("The secret survey figures").write(mvc);
        String anonymous = mvc.perform(get("/news/" + article.slug())).andReturn().getResponse().getContentAsString();
        assertThat(anonymous).contains(article.title()).contains("Members only").contains("for members of the network")
                .doesNotContain("The secret survey figures");
        assertThat(mvc.perform(get("/news")).andReturn().getResponse().getContentAsString())
                .contains(article.title()).contains("Members only");
        String member = mvc.perform(get("/news/" + article.slug()).with(members.aMember().create().signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(member).contains("The secret survey figures");
    }

    @Test
    void draftsAndScheduledArticlesAreHiddenUntilTheirTime() throws Exception {
        var draft = articles.anArticle().draft().write(mvc);
        String future = LocalDateTime.now().plusDays(3).withSecond(0).withNano(0).toString();
        var scheduled = articles.anArticle().scheduledAt(future).write(mvc);
        for (var article : java.util.List.of(draft, scheduled)) {
            assertThat(mvc.perform(get("/news/" + article.slug())).andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get("/news/" + article.slug()).with(members.aMember().create().signedIn()))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(get("/news/" + article.slug()).with(article.editor().signedIn())).andReturn()
                    .getResponse().getContentAsString()).contains("only editors can see this article");
        }
        assertThat(mvc.perform(get("/news")).andReturn().getResponse().getContentAsString())
                .doesNotContain(draft.title()).doesNotContain(scheduled.title());
        // The time comes: the same query shows it, on every instance, with no job to run.
        jdbc.sql("update news.article set published_at = now() - interval '1 minute' where id = :id")
                .param("id", scheduled.id()).update();
        assertThat(mvc.perform(get("/news/" + scheduled.slug())).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    static Stream<Arguments> invalidForms() {
        return Stream.of(
                Arguments.of("title", "", "Enter a title"),
                Arguments.of("title", "x".repeat(201), "The title must be 200 characters or fewer"),
                Arguments.of("standfirst", "", "Enter a standfirst"),
                Arguments.of("body", "  ", "Enter the body of the article"),
                Arguments.of("publication", "SOMETIME", "Choose whether to publish the article"),
                Arguments.of("publishAt", "2020-01-01T09:00", "The publication time must be in the future"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidForms")
    void invalidArticlesAreRefusedWithAMessageBesideTheField(String field, String value, String message) throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("title", "Valid title");
        params.put("standfirst", "Valid");
        params.put("body", "Valid");
        params.put("publication", field.equals("publishAt") ? "SCHEDULE" : "NOW");
        params.put(field, value);
        var request = post("/admin/news").with(csrf()).with(editor.signedIn());
        params.forEach(request::param);
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains(message).contains("There is a problem");
    }

    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert('x')</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<svg><script>alert(1)</script></svg>",
                "<svg onload=alert(1)>",
                "<p style=\"background:url(javascript:alert(1))\">styled</p>",
                "<div onclick=\"alert(1)\">x</div>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<scr<script>ipt>alert(1)</script>",
                "<a href=\"java\tscript:alert(1)\">x</a>",
                "<b onmouseover=alert(1)>unclosed <i>broken",
                "<object data=\"x.swf\"></object><embed src=x>",
                "<form action=\"https://evil.example\"><input name=x></form>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void nothingHostileSurvivesTheEditorPath(String input) throws Exception {
        var article = articles.anArticle().withBody("Intro\n\n" + input).withStandfirst(input).write(mvc);
        String page = mvc.perform(get("/news/" + article.slug())).andReturn().getResponse().getContentAsString();
        String main = page.substring(page.indexOf("<main"), page.indexOf("</main>"));
        // Escaped text is harmless; what matters is every tag the browser would build.
        var tags = java.util.regex.Pattern.compile("<[a-zA-Z][^>]*>").matcher(main).results()
                .map(match -> match.group().toLowerCase()).toList();
        assertThat(tags).isNotEmpty();
        for (String tag : tags) {
            assertThat(tag).doesNotStartWith("<script").doesNotStartWith("<iframe").doesNotStartWith("<svg")
                    .doesNotStartWith("<object").doesNotStartWith("<embed").doesNotStartWith("<form action=\"https://evil")
                    .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContain("javascript:").doesNotContain("style=")
                    .doesNotContain("data:");
        }
        String stored = jdbc.sql("select body_html from news.article where id = :id").param("id", article.id())
                .query(String.class).single().toLowerCase();
        assertThat(stored).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("onerror");
    }

    @Test
    void thePreviewShowsTheRenderedBodyWithoutSaving() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String title = "Preview only " + System.nanoTime();
        MvcResult result = mvc.perform(post("/admin/news").with(csrf()).with(editor.signedIn()).param("title", title)
                .param("standfirst", "S").param("body", "**bold** <script>alert(1)</script>").param("publication", "NOW")
                .param("preview", "true")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("Preview (not saved)").contains("<strong>bold</strong>")
                .doesNotContain("<script>alert");
        assertThat(jdbc.sql("select count(*) from news.article where title = :t").param("t", title).query(Integer.class).single())
                .isZero();
    }

    @Test
    void editorsSeeAndRestoreEarlierRevisions() throws Exception {
        var article = articles.anArticle().withBody("First version").write(mvc);
        mvc.perform(post("/admin/news/" + article.id()).with(csrf()).with(article.editor().signedIn())
                .param("title", article.title()).param("standfirst", "S").param("body", "Second version")
                .param("publication", "NOW")).andReturn();
        long first = jdbc.sql("select min(id) from news.article_revision where article_id = :id").param("id", article.id())
                .query(Long.class).single();
        assertThat(mvc.perform(get("/admin/news/" + article.id() + "/revisions").with(article.editor().signedIn()))
                .andReturn().getResponse().getContentAsString()).contains("Edna Editor");
        assertThat(mvc.perform(get("/admin/news/" + article.id() + "/revisions/" + first).with(article.editor().signedIn()))
                .andReturn().getResponse().getContentAsString()).contains("First version");
        mvc.perform(post("/admin/news/" + article.id() + "/revisions/" + first + "/restore").with(csrf())
                .with(article.editor().signedIn())).andReturn();
        assertThat(mvc.perform(get("/news/" + article.slug())).andReturn().getResponse().getContentAsString())
                .contains("First version").doesNotContain("Second version");
        assertThat(jdbc.sql("select count(*) from news.article_revision where article_id = :id").param("id", article.id())
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void theHomePageShowsTheLatestNews() throws Exception {
        var article = articles.anArticle().write(mvc);
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("Latest news")
                .contains(article.title());
    }

    @Test
    void membersWhoDeleteTheirAccountAreNoLongerNamedAsAuthors() throws Exception {
        var article = articles.anArticle().write(mvc);
        // The listener runs on MemberDeleted; here the service method it calls is checked directly.
        newsService.forgetAuthor(article.editor().id());
        assertThat(jdbc.sql("select author_name from news.article where id = :id").param("id", article.id())
                .query(String.class).single()).isEqualTo("Former member");
    }

    @Autowired
    NewsService newsService;
}
