package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SlugsTests {

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("The CCIO in Mental Health", "the-ccio-in-mental-health"),
                Arguments.of("Café déjà vu: naïve façades", "cafe-deja-vu-naive-facades"),
                Arguments.of("Records & standards", "records-and-standards"),
                Arguments.of("R&D", "r-and-d"),
                Arguments.of("  --Hello,   world!--  ", "hello-world"),
                Arguments.of("ﬁle №5 ²", "file-no5-2"),
                Arguments.of("NHS 111: what's next?", "nhs-111-what-s-next"),
                Arguments.of("Ünïcödé\u00A0and\ttabs\nand lines", "unicode-and-tabs-and-lines"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void titlesBecomeLowerCaseLettersAndDigitsJoinedBySingleHyphens(String title, String slug) {
        assertThat(Slugs.of(title, "fallback")).isEqualTo(slug);
    }

    static Stream<String> nothingLeft() {
        return Stream.of("", "   ", "!!!", "—", "日本語", "\u0301");
    }

    @ParameterizedTest
    @MethodSource("nothingLeft")
    void theCallersFallbackStandsInWhenNoLetterOrDigitIsLeft(String title) {
        assertThat(Slugs.of(title, "thread")).isEqualTo("thread");
        assertThat(Slugs.of(null, "event")).isEqualTo("event");
        assertThat(Slugs.of("A title", "thread")).as("a positive control").isEqualTo("a-title");
    }

    @Test
    void aLongTitleIsCutBetweenWords() {
        String title = "word ".repeat(30);
        String slug = Slugs.of(title, "x");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).startsWith("word-word-").endsWith("-word")
                .doesNotEndWith("-").matches("(word-)*word");
        assertThat(slug.length()).isGreaterThan(Slugs.MAX_LENGTH - "-word".length());
    }

    @Test
    void aCutThatFallsOnAHyphenKeepsTheWholeLastWord() {
        String exact = "a".repeat(Slugs.MAX_LENGTH - 2) + "-b";
        assertThat(Slugs.of(exact + " more", "x")).isEqualTo(exact);
        String before = "a".repeat(Slugs.MAX_LENGTH) + " b";
        assertThat(Slugs.of(before, "x")).isEqualTo("a".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void oneWordLongerThanTheLimitIsCutWhereTheLimitIs() {
        assertThat(Slugs.of("x".repeat(200), "y")).isEqualTo("x".repeat(Slugs.MAX_LENGTH));
    }

    @Test
    void aSlugIsItsOwnSlug() {
        String slug = Slugs.of("Interoperability standards: a primer (2026)", "x");
        assertThat(slug).isEqualTo("interoperability-standards-a-primer-2026");
        assertThat(Slugs.of(slug, "x")).isEqualTo(slug);
    }
}
