package org.ccionetwork.playbooks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Markdown;
import org.ccionetwork.shared.Slugs;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a playbook, each under the playbook's row lock, each a numbered revision (who, what, when, and
 * the whole playbook as text) and an audit entry. Editors create, publish and choose who reads; co-authors write
 * sections and quotes. A revision marked substantial (and the first publication) is announced in the news feeds
 * and the newsletter.
 */
@Service
class PlaybookEditing {

    private final PlaybookRepository playbooks;
    private final RevisionRepository revisions;
    private final PlaybookService reading;
    private final Markdown markdown;
    private final AuditLog audit;
    private final Clock clock;

    PlaybookEditing(PlaybookRepository playbooks, RevisionRepository revisions, PlaybookService reading,
            Markdown markdown, AuditLog audit, Clock clock) {
        this.playbooks = playbooks;
        this.revisions = revisions;
        this.reading = reading;
        this.markdown = markdown;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Playbook create(PlaybookForms.DetailsForm form, Viewer viewer) {
        requireEditor(viewer, "new");
        String slug = uniqueSlug(form.title().strip());
        long id = playbooks.insert(slug, form.title().strip(), form.summaryOrEmpty(), form.topic(), form.isMembersOnly(),
                viewer.id(), clock.instant());
        Playbook playbook = playbooks.findBySlug(slug).orElseThrow();
        if (form.isPublished()) {
            playbooks.updateDetails(id, playbook.title(), playbook.summary(), playbook.topicSlug(), playbook.membersOnly(),
                    true, clock.instant());
        }
        revise(playbook, viewer, "Created the playbook", false);
        audit.record("playbook.created", "playbook:" + slug, playbook.title());
        return playbooks.findBySlug(slug).orElseThrow();
    }

    /** Title, summary, topic, who reads it and whether it is published: editors only. */
    @Transactional
    void saveDetails(String slug, PlaybookForms.DetailsForm form, Viewer viewer) {
        requireEditor(viewer, slug);
        Playbook before = lock(slug, viewer);
        playbooks.updateDetails(before.id(), form.title().strip(), form.summaryOrEmpty(), form.topic(),
                form.isMembersOnly(), form.isPublished(), clock.instant());
        String change = !before.published() && form.isPublished() ? "Published the playbook"
                : before.published() && !form.isPublished() ? "Made the playbook a draft again" : "Changed the details";
        revise(before, viewer, change, form.isSubstantial());
        audit.record("playbook.details-changed", "playbook:" + slug, change + (form.isMembersOnly() ? "; members only" : "; public"));
    }

    @Transactional
    void addSection(String slug, PlaybookForms.SectionForm form, Viewer viewer) {
        Playbook playbook = lock(slug, viewer);
        playbooks.addText(playbook.id(), form.headingOrNull(), form.body(), markdown.toHtml(form.body(), false));
        String change = "Added the section " + form.label();
        revise(playbook, viewer, change, form.isSubstantial());
        audit.record("playbook.section-added", "playbook:" + slug, form.label());
    }

    @Transactional
    void editSection(String slug, long blockId, PlaybookForms.SectionForm form, Viewer viewer) {
        Playbook playbook = lock(slug, viewer);
        if (playbooks.updateText(playbook.id(), blockId, form.headingOrNull(), form.body(),
                markdown.toHtml(form.body(), false)) == 0) {
            throw PlaybookNotFound.part(blockId);
        }
        revise(playbook, viewer, "Edited the section " + form.label(), form.isSubstantial());
        audit.record("playbook.section-edited", "playbook:" + slug, form.label());
    }

    @Transactional
    void remove(String slug, long blockId, Viewer viewer) {
        Playbook playbook = lock(slug, viewer);
        if (playbooks.remove(playbook.id(), blockId) == 0) {
            throw PlaybookNotFound.part(blockId);
        }
        revise(playbook, viewer, "Removed part #" + blockId, false);
        audit.record("playbook.part-removed", "playbook:" + slug, "part #" + blockId);
    }

    @Transactional
    void move(String slug, long blockId, boolean up, Viewer viewer) {
        Playbook playbook = lock(slug, viewer);
        if (playbooks.move(playbook.id(), blockId, up ? -1 : 1)) {
            revise(playbook, viewer, "Moved part #" + blockId + (up ? " up" : " down"), false);
            audit.record("playbook.part-moved", "playbook:" + slug, "part #" + blockId + (up ? " up" : " down"));
        }
    }

    /** The playbook locked for a change, if the viewer may edit it. */
    Playbook lock(String slug, Viewer viewer) {
        reading.editable(slug, viewer);
        return playbooks.lockBySlug(slug).orElseThrow(() -> PlaybookNotFound.forSlug(slug));
    }

    /** A new revision of the playbook as it now stands. */
    void revise(Playbook playbook, Viewer viewer, String change, boolean substantial) {
        Playbook now = playbooks.findBySlug(playbook.slug()).orElseThrow();
        List<Block> blocks = playbooks.blocks(now.id());
        Instant at = clock.instant();
        int number = playbooks.touch(now.id(), bodyText(blocks), substantial, at);
        revisions.insert(now.id(), number, viewer.id(), viewer.name(), change, substantial, RevisionText.of(now, blocks), at);
    }

    static void requireEditor(Viewer viewer, String slug) {
        if (viewer == null || !viewer.isEditor()) {
            throw NotAllowedToEditPlaybook.playbook(slug);
        }
    }

    /** The sections' words for the search: quotes' words are not searchable here (they may be withheld). */
    private String bodyText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block.text()) {
                text.append(block.heading() == null ? "" : block.heading()).append('\n')
                        .append(markdown.toText(block.bodyMarkdown())).append('\n');
            }
        }
        return text.length() > 100_000 ? text.substring(0, 100_000) : text.toString();
    }

    private String uniqueSlug(String title) {
        String base = Slugs.of(title, "playbook");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        if (PlaybookForms.RESERVED.contains(base)) {
            base = base + "-playbook";
        }
        String slug = base;
        for (int n = 2; playbooks.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
