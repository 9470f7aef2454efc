package org.ccionetwork.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.ccionetwork.IntegrationTest;
import org.ccionetwork.accounts.Members;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Peer-support search in the syntax people know from web search engines ({@code websearch_to_tsquery}): quoted
 * phrases, {@code -word}, {@code or}; titles and bodies found through the one document each post carries, which
 * follows a thread's title when it is edited.
 */
@IntegrationTest
class ForumSearchTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Categories categories;
    @Autowired
    Threads threads;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    javax.sql.DataSource dataSource;

    Members.Created member;
    String category;
    String word;

    @BeforeEach
    void setUp() {
        member = members.aMember().create();
        category = categories.aCategory().create().slug();
        word = unique();
    }

    static String unique() {
        return Threads.uniqueWord();
    }

    String search(String q) throws Exception {
        MvcResult result = mvc.perform(get("/community/search").param("q", q).with(member.signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(q).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    long thread(String title, String body) {
        return threads.aThread().in(category).by(member).titled(title).saying(body).start().id();
    }

    @Test
    void aQuotedPhraseFindsTheWordsInThatOrderOnly() throws Exception {
        thread("Phrase in order", "The clinical safety officer signed off " + word);
        thread("Words apart", "Safety matters for every clinical system " + word);

        assertThat(search("\"clinical safety\" " + word)).contains("Phrase in order").doesNotContain("Words apart");
        assertThat(search("clinical safety " + word)).contains("Phrase in order", "Words apart");
    }

    @Test
    void aSearchStillRunningAtTheTimeoutIsCancelledAndTheMemberAskedToNarrowIt() throws Exception {
        thread("Slow to find", "Hard to reach " + word);
        // Another transaction holds the posts table, so the search waits, until the driver cancels it (2 s).
        try (var blocker = dataSource.getConnection(); var statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("lock table forum.post in access exclusive mode");
            try {
                String page = search(word + " reach");
                assertThat(page).contains("This search took too long to answer", "id=\"q-error\"",
                        "value=\"" + word + " reach\"").doesNotContain("Slow to find", "Nothing matched");
            } finally {
                blocker.rollback();
            }
        }
        assertThat(search(word + " reach")).as("the same search once nothing holds the table").contains("Slow to find");
        // Site search leaves the forum's group empty instead of failing the whole page.
        try (var blocker = dataSource.getConnection(); var statement = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            statement.execute("lock table forum.post in access exclusive mode");
            try {
                MvcResult site = mvc.perform(get("/search").param("q", word).with(member.signedIn())).andReturn();
                assertThat(site.getResponse().getStatus()).isEqualTo(200);
                assertThat(site.getResponse().getContentAsString()).doesNotContain("Slow to find");
            } finally {
                blocker.rollback();
            }
        }
    }

    @Test
    void aMinusWordLeavesOutThePostsWithIt() throws Exception {
        thread("About profiles", "FHIR profiles for " + word);
        thread("About coding", "SNOMED coding for " + word);

        assertThat(search(word + " -snomed")).contains("About profiles").doesNotContain("About coding");
        assertThat(search(word + " fhir or snomed")).contains("About profiles", "About coding");
    }

    @Test
    void aThreadIsFoundByItsTitleAndReplyBodiesInOneSearchAndByItsNewTitleOnceEdited() throws Exception {
        String old = unique();
        String renamed = unique();
        long thread = thread("Discharge summaries " + old, "Nothing to see");
        threads.aReplyTo(thread).by(member).saying("A reply mentioning " + old).post();
        assertThat(search(old)).contains("2 matches");

        long first = jdbc.sql("select id from forum.post where thread_id = :thread and position = 0")
                .param("thread", thread).query(Long.class).single();
        mvc.perform(post("/community/p/" + first + "/edit").with(member.signedIn()).with(csrf())
                .param("title", "Discharge letters " + renamed).param("body", "Nothing to see"));

        assertThat(search(renamed)).contains("Discharge letters " + renamed, "1 match");
        // The reply only: the first post's title and text no longer have the old word.
        assertThat(search(old)).contains("1 match", "<mark>" + old + "</mark>");
    }

    @Test
    void aTitleWeighsMoreThanTheSameWordInABody() throws Exception {
        thread("Only in the body", "Governance of " + word);
        thread("Governance " + word, "Nothing else");

        String html = search(word);
        assertThat(html.indexOf("Governance " + word)).isLessThan(html.indexOf("Only in the body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "-", "a & b | !c", "(unbalanced", "word:*", "\"unterminated phrase", "or", "-the",
            "'quoted' \\ back"})
    void anyTextIsASearchNeverAnError(String q) throws Exception {
        assertThat(search(q + " " + word)).doesNotContain("Something went wrong");
    }
}
