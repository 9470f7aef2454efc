package org.ccionetwork.playbooks;

/** One part of a playbook in order: a section of Markdown with an optional heading, or a quote. */
public record Block(long id, long playbookId, int position, boolean text, String heading, String bodyMarkdown,
        String bodyHtml, Quote quote) {
}
