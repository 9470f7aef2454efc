package org.ccionetwork.forum.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which searches go through the document index rather than walking the posts newest first: those whose matches
 * PostgreSQL overstates, for which the walk can read the whole table, after walking only the newest posts.
 */
class SearchRepositoryTests {

    @ParameterizedTest
    @ValueSource(strings = {"\"clinical safety\"", "e-prescribing", "fhir -snomed", "\"standards leadership interoperability\""})
    void phrasesHyphenatedWordsAndMinusWordsGoThroughTheDocumentIndex(String query) {
        assertThat(SearchRepository.overestimated(query)).isTrue();
        assertThat(SearchRepository.sql(query, "")).contains("order by p.id + 0 desc limit :candidates")
                .contains("p.id > (select max(id) - :recent from forum.post) order by p.id desc limit :candidates) union all (");
        assertThat(SearchRepository.countedSql(query, "")).contains("order by p.id + 0 desc limit :cap")
                .contains("p.id > (select max(id) - :recent from forum.post) order by p.id desc limit :cap) union all (");
    }

    @ParameterizedTest
    @ValueSource(strings = {"interoperability standards", "nursing", "fhir or snomed"})
    void wordsAloneWalkThePostsNewestFirst(String query) {
        assertThat(SearchRepository.overestimated(query)).isFalse();
        assertThat(SearchRepository.sql(query, "")).contains("order by p.id desc limit :candidates")
                .doesNotContain("union all");
        assertThat(SearchRepository.countedSql(query, "")).contains("order by p.id desc limit :cap")
                .doesNotContain("union all");
    }

    @Test
    void theMarkersPostgresPutsRoundMatchesBecomeMarksAndTheRestIsEscaped() {
        assertThat(SearchRepository.highlight("a <b> \u0002match\u0003")).isEqualTo("a &lt;b&gt; <mark>match</mark>");
    }
}
