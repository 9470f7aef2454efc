package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownTests {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersTheUsualMarkdown() {
        String html = markdown.toHtml("""
                # Title

                Some **bold** and a [link](https://example.org).

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertThat(html).contains("<h2>Title</h2>").contains("<strong>bold</strong>")
                .containsPattern("<a href=\"https://example.org\" rel=\"[a-z ]*noopener[a-z ]*\">link</a>")
                .containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"")
                .contains("<table>").contains("<td>1</td>");
    }

    static Stream<String> hostile() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<p style=\"background:url(javascript:alert(1))\">x</p>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "![x](javascript:alert(1))",
                "<svg onload=alert(1)>",
                "<div onclick=\"alert(1)\">x</div>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void nothingExecutableSurvives(String input) {
        String html = markdown.toHtml(input).toLowerCase();
        assertThat(html).doesNotContain("<script").doesNotContain("onerror").doesNotContain("onload")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("style=")
                .doesNotContain("<iframe").doesNotContain("data:text/html");

        // The same input beside ordinary text: the text is rendered, so an empty answer cannot pass.
        String beside = markdown.toHtml("Some **safe** words\n\n" + input).toLowerCase();
        assertThat(beside).contains("<p>some <strong>safe</strong> words</p>")
                .doesNotContain("<script").doesNotContain("onerror").doesNotContain("onload")
                .doesNotContain("onclick").doesNotContain("javascript:").doesNotContain("style=")
                .doesNotContain("<iframe").doesNotContain("data:text/html");
    }

    @Test
    void plainTextForExcerpts() {
        assertThat(markdown.toText("Some **bold** & <b>tags</b>")).isEqualTo("Some bold & tags");
    }

    @Test
    void userGeneratedLinksAlsoCarryUgcAndOthersDoNot() {
        String text = "See [the guide](https://example.org/guide)";
        assertThat(markdown.toHtml(text, true)).containsPattern("rel=\"[a-z ]*\\bugc\\b[a-z ]*\"")
                .containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"");
        assertThat(markdown.toHtml(text, false)).doesNotContain("ugc").isEqualTo(markdown.toHtml(text))
                .contains(">the guide</a>").containsPattern("rel=\"[a-z ]*nofollow[a-z ]*\"");
    }
}
