package org.ccionetwork.playbooks;

import java.util.List;
import java.util.Map;

import org.ccionetwork.forum.QuotablePost;
import org.ccionetwork.playbooks.PlaybookForms.DetailsForm;
import org.ccionetwork.playbooks.PlaybookForms.SectionForm;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.topics.Topic;

/** The records behind the playbooks' templates, one per page. */
public final class PlaybookPages {

    private PlaybookPages() {
    }

    public record ListPage(Map<Topic, List<Playbook>> byTopic, boolean editor) {
    }

    /** A block with its quote as this reader sees it ({@code quote} is null for a section). */
    public record Part(Block block, QuoteView quote) {
    }

    public record Reading(Playbook playbook, Topic topic, boolean canRead, boolean editable, List<Part> parts,
            boolean editor) {

        public String updated() {
            return Dates.date(playbook.updatedAt());
        }
    }

    public record NewPage(DetailsForm form, FormErrors errors, List<Topic> topics) {
    }

    /**
     * The editor: the details (editors only), the parts with a form for each section ({@code editing} is the one
     * whose typed text and errors are shown), a new section, the search for posts to quote, and the co-authors.
     */
    public record EditPage(Playbook playbook, List<Part> parts, boolean editor, List<Topic> topics, DetailsForm details,
            FormErrors detailsErrors, long editing, SectionForm section, FormErrors sectionErrors, String q,
            List<QuotablePost> found, String searchProblem, List<Coauthor> coauthors, String invite,
            FormErrors inviteErrors) {

        public SectionForm formFor(Block block) {
            return block.id() == editing ? section : new SectionForm(block.heading(), block.bodyMarkdown(), false);
        }

        public FormErrors errorsFor(Block block) {
            return block.id() == editing ? sectionErrors : FormErrors.NONE;
        }

        public SectionForm newSection() {
            return editing == 0 ? section : SectionForm.empty();
        }

        public FormErrors newSectionErrors() {
            return editing == 0 ? sectionErrors : FormErrors.NONE;
        }
    }

    public record RevisionsPage(Playbook playbook, List<Revision> revisions) {
    }

    public record ComparePage(Playbook playbook, RevisionComparison comparison) {
    }

    /** "Add to a playbook": the post, and the playbooks the viewer may add it to. */
    public record ChoosePage(QuotablePost post, List<Playbook> playbooks) {
    }

    /** A member's quoted words, with the playbook they are in. */
    public record QuotedWords(Quote quote, String playbookTitle, String playbookSlug) {
    }

    public record MinePage(List<QuotedWords> quotes, List<Playbook> invitations, boolean eraseText) {
    }

    /** A thread in the editors' queue, with how many members suggested it. */
    public record SuggestedThread(long threadId, String title, int members, java.time.Instant latest) {

        public String href() {
            return "/community/t/" + threadId;
        }

        public String latestText() {
            return Dates.date(latest);
        }
    }

    public record QueuePage(List<SuggestedThread> threads, long open) {
    }
}
