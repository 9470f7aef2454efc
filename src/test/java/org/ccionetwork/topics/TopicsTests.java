package org.ccionetwork.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.news.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one list of topics: every form offers the same current topics, editors keep the list (and nobody else),
 * retired topics leave forms but keep their labels on old content, and old slugs still find their topic.
 */
@IntegrationTest
class TopicsTests {

    private static final Pattern CHECKBOX = Pattern.compile(
            "type=\"checkbox\" id=\"(?:topics|interests)-[^\"]+\" name=\"(?:topics|interests)\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Articles articles;
    @Autowired
    Topics topics;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyFormOffersTheSameCurrentTopics() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        var admin = members.aMember().withRole(Role.ADMIN).create();
        var ccio = members.aMember().withRole(Role.CCIO).create();
        List<String> current = topics.current().stream().map(Topic::slug).toList();
        assertThat(current).contains("business-case", "record-keeping", "mental-health", "informatics-skills", "epr");

        for (var form : List.of(
                new Form("/admin/events/new", editor.signedIn()), new Form("/admin/news/new", editor.signedIn()),
                new Form("/admin/resources/new", editor.signedIn()), new Form("/directory/profile", ccio.signedIn()),
                new Form("/mentoring/ask", ccio.signedIn()), new Form("/mentoring/offer", ccio.signedIn()),
                new Form("/admin/community/categories", admin.signedIn()))) {
            assertThat(offered(form)).as(form.path()).isEqualTo(current);
        }
    }

    record Form(String path, RequestPostProcessor who) {
    }

    private List<String> offered(Form form) throws Exception {
        var response = mvc.perform(get(form.path()).with(form.who())).andReturn().getResponse();
        assertThat(response.getStatus()).as(form.path()).isEqualTo(200);
        var matcher = CHECKBOX.matcher(response.getContentAsString(StandardCharsets.UTF_8));
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    static Stream<Arguments> whoMayChangeTheList() {
        return Stream.of(Arguments.of(Role.MEMBER, 403), Arguments.of(Role.MODERATOR, 403),
                Arguments.of(Role.EDITOR, 302), Arguments.of(Role.ADMIN, 302));
    }

    @ParameterizedTest
    @MethodSource("whoMayChangeTheList")
    void onlyEditorsAndAdministratorsChangeTheList(Role role, int status) throws Exception {
        var who = members.aMember().withRole(role).create();
        String name = "Topic by " + role + " " + unique();
        assertThat(mvc.perform(post("/admin/topics").param("name", name).with(csrf()).with(who.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(status);
        assertThat(topics.all().stream().anyMatch(t -> t.name().equals(name))).isEqualTo(status == 302);
    }

    static Stream<Arguments> invalidNames() {
        return Stream.of(Arguments.of("", "Enter the name of the topic"),
                Arguments.of("x".repeat(101), "The name must be 100 characters or fewer"),
                Arguments.of("!!!", "The name must contain letters or digits"),
                Arguments.of("mental HEALTH", "There is already a topic with this name"),
                Arguments.of("Standards", "There is already a topic with this name"));
    }

    @ParameterizedTest
    @MethodSource("invalidNames")
    void aNameMustBeGivenAndNew(String name, String message) throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        MockHttpServletResponse response = mvc.perform(post("/admin/topics").param("name", name).with(csrf())
                .with(editor.signedIn())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(message).contains("name-error");
    }

    @Test
    void editorsAddRenameReorderRetireAndRestoreWithAnAuditEntryEach() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String token = unique();
        String slug = added(editor, "Virtual wards " + token);
        assertThat(slug).isEqualTo("virtual-wards-" + token);

        assertThat(status(post("/admin/topics/" + slug).param("name", "Virtual wards and remote care " + token), editor))
                .isEqualTo(302);
        assertThat(topics.find(slug).orElseThrow().name()).isEqualTo("Virtual wards and remote care " + token);
        var invalid = mvc.perform(post("/admin/topics/" + slug).param("name", "").with(csrf()).with(editor.signedIn()))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);

        int before = indexOf(slug);
        assertThat(status(post("/admin/topics/" + slug + "/move").param("direction", "up"), editor)).isEqualTo(302);
        assertThat(indexOf(slug)).isEqualTo(before - 1);

        assertThat(status(post("/admin/topics/" + slug + "/retire"), editor)).isEqualTo(302);
        assertThat(topics.current()).extracting(Topic::slug).doesNotContain(slug);
        assertThat(status(post("/admin/topics/" + slug + "/restore"), editor)).isEqualTo(302);
        assertThat(topics.current()).extracting(Topic::slug).contains(slug);

        assertThat(jdbc.sql("select action from shared.audit_entry where target = :t order by id")
                .param("t", "topic:" + slug).query(String.class).list())
                .containsExactly("topic.added", "topic.renamed", "topic.moved", "topic.retired", "topic.restored");
        assertThat(mvc.perform(get("/admin/topics").with(editor.signedIn())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Virtual wards and remote care " + token);
    }

    @Test
    void aRetiredTopicLeavesTheFormsButKeepsItsLabelOnOldContent() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String name = "Telehealth " + unique();
        String slug = added(editor, name);
        var article = articles.anArticle().withTopics(slug).write(mvc);
        assertThat(status(post("/admin/topics/" + slug + "/retire"), editor)).isEqualTo(302);

        assertThat(offered(new Form("/admin/news/new", editor.signedIn()))).doesNotContain(slug);
        assertThat(offered(new Form("/admin/events/new", editor.signedIn()))).doesNotContain(slug);
        // The article's own form still has it, ticked, so saving the article keeps it.
        assertThat(offered(new Form("/admin/news/" + article.id(), editor.signedIn()))).contains(slug);
        assertThat(page("/news/" + article.slug())).contains(name);
        assertThat(page("/news/topics/" + slug)).contains(article.title());
    }

    @Test
    void oldSlugsLeadToTheTopicTheyNowMean() throws Exception {
        var response = mvc.perform(get("/news/topics/standards")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getRedirectedUrl()).isEqualTo("/news/topics/record-keeping");
        assertThat(page("/events?topic=standards-and-record-keeping")).contains("selected>Standards and record keeping");
        assertThat(mvc.perform(get("/news/topics/no-such-topic")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select to_regclass('events.topic') is null").query(Boolean.class).single())
                .as("the events' own list is gone").isTrue();
    }

    @Test
    void theMigrationsMapOldKeysOntoTheListAndKeepUnknownOnesAsRetiredTopics() {
        assertThat(jdbc.sql("select array_to_string(shared.topic_slugs('{standards,nursing,epr,standards,record-keeping}'), ',')")
                .query(String.class).single()).isEqualTo("record-keeping,nursing-informatics,epr");
        String unknown = "old-key-" + unique();
        jdbc.sql("select shared.keep_unknown_topics(array[:k, 'standards'])").param("k", unknown).query(rs -> { });
        var kept = topics.find(unknown).orElseThrow();
        assertThat(kept.retired()).isTrue();
        assertThat(kept.name()).isEqualTo("Old key " + unknown.substring("old-key-".length()));
        assertThat(topics.find("standards").orElseThrow().slug()).isEqualTo("record-keeping");
    }

    @Test
    void aChangeMadeOutsideTheApplicationIsSeenOnTheNextRequest() throws Exception {
        var editor = members.aMember().withRole(Role.EDITOR).create();
        String slug = added(editor, "Genomics " + unique());
        var article = articles.anArticle().withTopics(slug).write(mvc);
        assertThat(page("/news/" + article.slug())).contains("Genomics ");
        jdbc.sql("update shared.topic set name = 'Genomic medicine ' || slug where slug = :s").param("s", slug).update();
        assertThat(page("/news/" + article.slug())).contains("Genomic medicine " + slug);
    }

    private String added(Members.Created editor, String name) throws Exception {
        assertThat(status(post("/admin/topics").param("name", name), editor)).isEqualTo(302);
        return topics.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().slug();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Members.Created who) throws Exception {
        return mvc.perform(request.with(csrf()).with(who.signedIn())).andReturn().getResponse().getStatus();
    }

    private int indexOf(String slug) {
        return topics.all().stream().map(Topic::slug).toList().indexOf(slug);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
