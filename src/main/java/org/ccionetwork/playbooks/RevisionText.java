package org.ccionetwork.playbooks;

import java.util.List;

/**
 * A playbook written out as plain lines for its revisions, so two revisions can be compared line by line:
 * details first, then each section and quote (by reference) in order.
 */
final class RevisionText {

    private RevisionText() {
    }

    static String of(Playbook playbook, List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        text.append("Title: ").append(playbook.title()).append('\n');
        text.append("Summary: ").append(playbook.summary().replace('\n', ' ')).append('\n');
        text.append("Topic: ").append(playbook.topicSlug()).append('\n');
        text.append(playbook.membersOnly() ? "For members only" : "Public").append(", ")
                .append(playbook.published() ? "published" : "draft").append('\n');
        for (Block block : blocks) {
            text.append('\n');
            if (block.text()) {
                if (block.heading() != null) {
                    text.append("## ").append(block.heading()).append('\n');
                }
                text.append(block.bodyMarkdown().strip()).append('\n');
            } else {
                Quote quote = block.quote();
                // The quote's words stay out of revisions, so an author who takes them back takes them from here too.
                text.append("> Quote of post #").append(quote.postId()).append(" in “").append(quote.threadTitle())
                        .append("”\n");
            }
        }
        return text.toString();
    }
}
