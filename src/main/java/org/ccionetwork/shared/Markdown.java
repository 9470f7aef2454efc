package org.ccionetwork.shared;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: commonmark-java renders it, then the OWASP sanitizer keeps only an allow-list of
 * elements and attributes. No script, event handler, {@code javascript:} URL or style attribute survives,
 * whatever was typed. Render once when saving and store the HTML beside the source.
 */
@Component
public class Markdown {

    private static final Pattern SAFE_URL = Pattern.compile("^(https?:|mailto:|/|#)[^\\s]*$", Pattern.CASE_INSENSITIVE);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final PolicyFactory policy;
    private final PolicyFactory userGeneratedPolicy;

    public Markdown() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(false).sanitizeUrls(true).build();
        this.policy = policy("noopener", "noreferrer", "nofollow");
        this.userGeneratedPolicy = policy("noopener", "noreferrer", "nofollow", "ugc");
    }

    private static PolicyFactory policy(String... rels) {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
                        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "del")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(SAFE_URL).onElements("a")
                .allowAttributes("src").matching(SAFE_URL).onElements("img")
                .allowAttributes("alt", "title").onElements("img", "a")
                .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
                .allowAttributes("align").matching(false, "left", "right", "center").onElements("th", "td")
                .requireRelsOnLinks(rels)
                .toFactory();
    }

    /** Renders Markdown to sanitised HTML. A level-one heading becomes level two: the page owns its h1. */
    public String toHtml(String markdown) {
        return toHtml(markdown, false);
    }

    /**
     * Renders Markdown to sanitised HTML; when {@code userGenerated} (written by someone the site does not yet
     * vouch for, such as a brand-new member) links also carry {@code rel="ugc"}.
     */
    public String toHtml(String markdown, boolean userGenerated) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown)).replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        return (userGenerated ? userGeneratedPolicy : policy).sanitize(html);
    }

    /** Plain text of Markdown, for excerpts, search and emails. */
    public String toText(String markdown) {
        return toHtml(markdown).replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ").strip();
    }
}
