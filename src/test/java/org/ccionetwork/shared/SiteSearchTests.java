package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.ccionetwork.events.Events;
import org.ccionetwork.news.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The site-wide search: each kind's rules for who may find what, grouping, counts, ranking and highlighting,
 * and hostile words and content. Every test searches for words of its own, so only its own data matches.
 */
@IntegrationTest
class SiteSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Members members;

    @Autowired
    Articles articles;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

    /** A made-up word no dictionary stems or stops, unique to the test. */
    static String word() {
        var random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    String page(String q, RequestPostProcessor as) throws Exception {
        var request = get("/search").param("q", q);
        if (as != null) {
            request.with(as);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(q).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    String json(String q, RequestPostProcessor as) throws Exception {
        var request = get("/api/v1/search").param("q", q);
        if (as != null) {
            request.with(as);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(q).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    /** The results part of the page, without the search box and title that repeat the words. */
    static String results(String html) {
        int start = html.indexOf("<p role=\"status\">");
        assertThat(start).as("results shown").isPositive();
        return html.substring(start, html.indexOf("</main>"));
    }

    static List<Object> of(String json, String kind, String field) {
        return JsonPath.read(json, "$.groups[?(@.kind == '" + kind + "')]." + field);
    }

    static boolean hasGroup(String json, String kind) {
        return !of(json, kind, "total").isEmpty();
    }

    static long total(String json, String kind) {
        var totals = of(json, kind, "total");
        return totals.isEmpty() ? -1 : ((Number) totals.getFirst()).longValue();
    }

    // ---- news: members-only articles ----

    @Test
    void aMembersOnlyArticleNeverAppearsForAVisitor() throws Exception {
        String word = word();
        var open = articles.anArticle().titled("Open article " + word).write(mvc);
        var closed = articles.anArticle().titled("Members article " + word).withBody("Only for members: " + word)
                .membersOnly().write(mvc);

        String visitorPage = page(word, null);
        assertThat(visitorPage).contains(open.title()).doesNotContain(closed.title()).doesNotContain(closed.slug());
        String visitorJson = json(word, null);
        assertThat(total(visitorJson, "news")).isEqualTo(1);
        assertThat(visitorJson).doesNotContain(closed.slug());

        var member = members.aMember().create();
        String memberJson = json(word, member.signedIn());
        assertThat(total(memberJson, "news")).isEqualTo(2);
        assertThat(memberJson).contains(closed.slug()).contains("Members only");
    }

    @Test
    void draftsAndScheduledArticlesAreNotFound() throws Exception {
        String word = word();
        articles.anArticle().titled("Draft " + word).draft().write(mvc);
        articles.anArticle().titled("Scheduled " + word).scheduledAt("2099-01-01T09:00").write(mvc);
        var published = articles.anArticle().titled("Published " + word).write(mvc);
        var editor = members.aMember().withRole(org.ccionetwork.accounts.Role.EDITOR).create();
        String found = json(word, editor.signedIn());
        assertThat(total(found, "news")).as("only the published one").isEqualTo(1);
        assertThat(found).contains(published.slug()).doesNotContain("Draft " + word).doesNotContain("Scheduled " + word);
    }

    // ---- people: exactly what the directory shows ----

    enum Who { VISITOR, MEMBER }

    enum Looking { NAME, JOB_TITLE, BIOGRAPHY, REGISTRATION_NUMBER }

    static Stream<Arguments> profileCases() {
        // biography hidden from everyone else, role members-only, listing public, registration members-only
        return Stream.of(
                Arguments.of(Who.VISITOR, Looking.NAME, true), Arguments.of(Who.VISITOR, Looking.JOB_TITLE, false),
                Arguments.of(Who.VISITOR, Looking.BIOGRAPHY, false), Arguments.of(Who.VISITOR, Looking.REGISTRATION_NUMBER, false),
                Arguments.of(Who.MEMBER, Looking.NAME, true), Arguments.of(Who.MEMBER, Looking.JOB_TITLE, true),
                Arguments.of(Who.MEMBER, Looking.BIOGRAPHY, false), Arguments.of(Who.MEMBER, Looking.REGISTRATION_NUMBER, false));
    }

    @ParameterizedTest(name = "{0} looking by {1} finds the profile: {2}")
    @MethodSource("profileCases")
    void peopleShowOnlyWhatTheViewerMaySee(Who who, Looking looking, boolean found) throws Exception {
        String name = word();
        String job = "Rolemark" + word();
        String biography = "Biomark" + word();
        String registration = registrationNumber();
        var owner = members.aMember().named("Privacy " + name).create();
        var save = post("/directory/profile").with(csrf()).with(owner.signedIn())
                .param("profession", "NURSE").param("jobTitle", job).param("region", "London")
                .param("biography", biography).param("registrationBody", "NMC").param("registrationNumber", registration)
                .param("listingVisibility", "EVERYONE").param("roleVisibility", "MEMBERS")
                .param("interestsVisibility", "EVERYONE").param("biographyVisibility", "HIDDEN")
                .param("registrationVisibility", "MEMBERS").param("linksVisibility", "EVERYONE");
        assertThat(mvc.perform(save).andReturn().getResponse().getStatus()).isEqualTo(302);

        RequestPostProcessor as = who == Who.VISITOR ? null : members.aMember().create().signedIn();
        String q = switch (looking) {
            case NAME -> name;
            case JOB_TITLE -> job;
            case BIOGRAPHY -> biography;
            case REGISTRATION_NUMBER -> registration;
        };
        String html = results(page(q, as));
        String api = json(q, as);
        assertThat(total(api, "people")).isEqualTo(found ? 1 : 0);
        api = JsonPath.parse(api).read("$.groups[*].results").toString();
        assertThat(html.contains("Privacy")).isEqualTo(found);
        for (String body : List.of(html, api)) {
            // Whatever was searched for, these never come back to anyone but the owner.
            assertThat(body).doesNotContain(biography.substring("Biomark".length()));
            assertThat(body.toLowerCase(Locale.ROOT)).doesNotContain(registration.toLowerCase(Locale.ROOT));
            if (who == Who.VISITOR) {
                assertThat(body).doesNotContain(job.substring("Rolemark".length())).doesNotContain("Nurse");
            }
        }
        if (found && who == Who.MEMBER) {
            assertThat(html).contains(job.substring("Rolemark".length())).contains("Nurse");
        }
    }

    @Test
    void anUnlistedOrSuspendedMemberIsNotFound() throws Exception {
        String name = word();
        var unlisted = members.aMember().named("Unlisted " + name).create();
        listProfile(unlisted, "HIDDEN");
        var suspended = members.aMember().named("Suspended " + name).create();
        listProfile(suspended, "EVERYONE");
        assertThat(jdbc.sql("select count(*) from directory.profile where member_id in (:a, :b)")
                .param("a", unlisted.id()).param("b", suspended.id()).query(Long.class).single()).isEqualTo(2);
        assertThat(json(name, members.aMember().create().signedIn())).contains("Suspended " + name);
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '7 days' where id = :id")
                .param("id", suspended.id()).update();

        String seen = json(name, members.aMember().create().signedIn());
        assertThat(seen).doesNotContain("Unlisted " + name).doesNotContain("Suspended " + name);
    }

    void listProfile(Members.Created member, String listing) throws Exception {
        var save = post("/directory/profile").with(csrf()).with(member.signedIn()).param("profession", "DOCTOR")
                .param("listingVisibility", listing).param("roleVisibility", "EVERYONE")
                .param("interestsVisibility", "EVERYONE").param("biographyVisibility", "EVERYONE")
                .param("registrationVisibility", "MEMBERS").param("linksVisibility", "EVERYONE");
        assertThat(mvc.perform(save).andReturn().getResponse().getStatus()).isEqualTo(302);
    }

    // ---- peer support ----

    @Autowired
    org.ccionetwork.forum.Categories forumCategories;

    @Autowired
    org.ccionetwork.forum.Threads forumThreads;

    String category(boolean chathamHouse) {
        return forumCategories.aCategory().withSlug("cat-" + word()).chathamHouse(chathamHouse).create().slug();
    }

    void startThread(Members.Created author, String category, String title, String body) {
        forumThreads.aThread().in(category).by(author).titled(title).saying(body).start();
    }

    @Test
    void peerSupportIsForActiveMembersOnly() throws Exception {
        String word = word();
        var author = members.aMember().named("Poster " + word).create();
        startThread(author, category(false), "Thread about " + word, "We moved our records: " + word);

        var member = members.aMember().create();
        String memberJson = json(word, member.signedIn());
        assertThat(total(memberJson, "community")).isEqualTo(1);
        assertThat(memberJson).contains("Thread about " + word).contains("Poster " + word);

        assertThat(hasGroup(json(word, null), "community")).isFalse();
        String visitorPage = page(word, null);
        assertThat(visitorPage).doesNotContain("Thread about").doesNotContain("data-kind=\"community\"");

        var suspended = members.aMember().create();
        jdbc.sql("update accounts.member set status = 'SUSPENDED', suspended_until = now() + interval '7 days' where id = :id")
                .param("id", suspended.id()).update();
        assertThat(hasGroup(json(word, suspended.signedIn()), "community")).isFalse();
        assertThat(page(word, suspended.signedIn())).doesNotContain("Thread about");
    }

    @Test
    void chathamHouseAuthorsAreNeverNamedAndSponsorsStaffSeeNothingThere() throws Exception {
        String word = word();
        String authorName = "Chatham Author " + word();
        var author = members.aMember().named(authorName).create();
        startThread(author, category(true), "Candid thread " + word, "A frank account of " + word);

        var reader = members.aMember().create();
        String html = page(word, reader.signedIn());
        String api = json(word, reader.signedIn());
        assertThat(total(api, "community")).isEqualTo(1);
        assertThat(html).contains("Candid thread " + word).contains("Chatham House rule").doesNotContain(authorName);
        assertThat(api).contains("Candid thread " + word).doesNotContain(authorName);

        var sponsorStaff = members.aMember().create();
        jdbc.sql("insert into forum.member_setting (member_id, sponsor_staff) values (:id, true)")
                .param("id", sponsorStaff.id()).update();
        String staffJson = json(word, sponsorStaff.signedIn());
        assertThat(total(staffJson, "community")).isZero();
        assertThat(staffJson).doesNotContain("Candid thread");
    }

    // ---- grouping, counts, ranking, highlighting ----

    @Test
    void groupsByKindWithCountsTheBestFewFirstAndHighlights() throws Exception {
        String word = word();
        for (int i = 0; i < 6; i++) {
            articles.anArticle().titled("Weekly roundup " + i).withBody("In passing, " + word + " came up.").write(mvc);
        }
        var best = articles.anArticle().titled("All about " + word).withStandfirst(word + " explained")
                .withBody(word + " " + word + " and more " + word).write(mvc);
        var event = events.anEvent().titled("Workshop on " + word).create();
        String ods = ("Z" + word.substring(2, 6)).toUpperCase(Locale.ROOT);
        jdbc.sql("""
                insert into organisations.organisation (kind, name, slug, ods_code, sector, region, postcode)
                values ('NHS_PROVIDER', :name, :slug, :ods, 'acute', 'London', 'SW1A 1AA')""")
                .param("name", word + " Hospitals NHS Trust").param("slug", "org-" + word).param("ods", ods).update();

        String api = json(word, null);
        assertThat(total(api, "news")).isEqualTo(7);
        assertThat(of(api, "news", "results[*].href")).hasSize(5).first().isEqualTo("/news/" + best.slug());
        assertThat(total(api, "events")).isEqualTo(1);
        assertThat(of(api, "events", "results[0].href")).containsExactly("/events/" + event.slug());
        assertThat(total(api, "organisations")).isEqualTo(1);
        assertThat(total(api, "resources")).isZero();
        assertThat(hasGroup(api, "community")).isFalse();
        List<String> kinds = JsonPath.read(api, "$.groups[*].kind");
        assertThat(kinds).containsExactly("news", "resources", "playbooks", "events", "organisations", "standards", "people");
        List<Object> snippets = of(api, "news", "results[0].snippetHtml");
        assertThat((String) snippets.getFirst()).contains("<mark>" + word + "</mark>");

        String html = page(word, null);
        assertThat(html).contains("Showing the best 5 of 7").contains("/search?q=" + word + "&amp;in=news")
                .contains("<mark>" + word + "</mark>");
        assertThat(of(api, "organisations", "moreHref")).containsExactly("/organisations?q=" + word);
        assertThat(html.indexOf("All about " + word)).isLessThan(html.indexOf("Weekly roundup"));

        // the ODS code finds the provider too
        assertThat(total(json(ods, null), "organisations")).isEqualTo(1);

        // one kind, a longer list
        String more = mvc.perform(get("/search").param("q", word).param("in", "news")).andReturn().getResponse()
                .getContentAsString();
        assertThat(more).doesNotContain("data-kind=\"events\"").contains("Weekly roundup 5").contains("Weekly roundup 0");
    }

    @Test
    void aWordInMoreThanAThousandArticlesIsCountedUpToTheCapAndOnlyTheNewestMatchesAreRanked() throws Exception {
        String word = word();
        // An old article that says the word most often, then 1,100 newer ones that say it once.
        jdbc.sql("""
                with a as (insert into news.article (slug, title, standfirst, body_markdown, body_html, topics,
                        author_name, status, published_at)
                    values (:slug, 'The old classic', :often, :often, '<p>often</p>', '{}', 'The editors', 'PUBLISHED',
                        now() - interval '10 years') returning id, slug)
                insert into news.article_slug (slug, article_id) select slug, id from a""")
                .param("slug", "old-" + word).param("often", (word + " ").repeat(20)).update();
        jdbc.sql("""
                with a as (insert into news.article (slug, title, standfirst, body_markdown, body_html, topics,
                        author_name, status, published_at)
                    select 'bulk-' || :word || '-' || g, 'Bulk ' || g, 'Mentions ' || :word, 'Once: ' || :word,
                        '<p>once</p>', '{}', 'The editors', 'PUBLISHED', now() - g * interval '1 minute'
                    from generate_series(1, 1100) g returning id, slug)
                insert into news.article_slug (slug, article_id) select slug, id from a""")
                .param("word", word).update();

        String api = json(word, null);
        assertThat(total(api, "news")).isEqualTo(SearchGroup.COUNT_CAP + 1);
        assertThat(page(word, null)).contains("more than 1,000");
        List<String> hrefs = of(api, "news", "results[*].href").stream().map(String::valueOf).toList();
        assertThat(hrefs).hasSize(5).doesNotContain("/news/old-" + word)
                .allSatisfy(href -> assertThat(Integer.parseInt(href.substring(href.lastIndexOf('-') + 1)))
                        .as("among the %d newest matches", 100).isLessThanOrEqualTo(100));
    }

    // ---- hostile input ----

    static Stream<String> unsearchable() {
        return Stream.of("", "   ", "\t\n", "!!!", "?-*&|:'\"()", "a".repeat(201), "abc\u007fdef", "abc\u0085def");
    }

    @ParameterizedTest
    @MethodSource("unsearchable")
    void wordsThatCannotBeSearchedGetAMessageNotAnError(String q) throws Exception {
        var result = mvc.perform(get("/search").param("q", q)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("There is a problem").contains("id=\"q-error\"");
        var api = mvc.perform(get("/api/v1/search").param("q", q)).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
        assertThat(api.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getResponse().getContentAsString()).contains("\"detail\":\"Enter");
    }

    @Test
    void controlCharactersThatNoPersonTypesAreTakenOutBeforeSearch() throws Exception {
        var result = mvc.perform(get("/search").param("q", "abc\u0000def")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("value=\"abcdef\"");
        assertThat(mvc.perform(get("/search").param("q", "abc\u0001")).andReturn().getResponse().getContentAsString())
                .contains("value=\"abc\"");
    }

    static Stream<String> hostile() {
        return Stream.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'); drop table news.article; --",
                "a & b | !c", "foo:* bar:A", "\"unclosed phrase", "- - or or", "\\ \\\\ \\' x", "((( x", "javascript:alert(1)",
                "x".repeat(200), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀", "ḁ̸̡̛ z̴̛̈");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileWordsAreSearchedSafelyAndShownEscaped(String q) throws Exception {
        var member = members.aMember().create();
        for (RequestPostProcessor as : new RequestPostProcessor[] {null, member.signedIn()}) {
            String html = page(q, as);
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
            json(q, as);
        }
    }

    @Test
    void hostileIndexedContentComesBackEscaped() throws Exception {
        String word = word();
        var article = articles.anArticle().titled("<img src=x onerror=alert(1)> " + word)
                .withStandfirst("<script>alert('" + word + "')</script>")
                .withBody("Before <b onmouseover=alert(1)>" + word + "</b> after <mark>fake</mark>").write(mvc);
        String html = page(word, null);
        assertThat(html).contains("/news/" + article.slug())
                .doesNotContain("<img src=x").doesNotContain("<script>alert").doesNotContain("<b onmouseover")
                .doesNotContain("<mark>fake</mark>")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<mark>" + word + "</mark>");
        String api = json(word, null);
        List<Object> snippets = of(api, "news", "results[0].snippetHtml");
        assertThat((String) snippets.getFirst()).doesNotContain("<script").doesNotContain("<b ").contains("&lt;");
    }

    private static String registrationNumber() {
        var random = ThreadLocalRandom.current();
        return String.format(Locale.ROOT, "%02d%c%04d%c", random.nextInt(100), (char) ('A' + random.nextInt(26)),
                random.nextInt(10_000), (char) ('A' + random.nextInt(26)));
    }

}
