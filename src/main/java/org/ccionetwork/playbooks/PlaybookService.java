package org.ccionetwork.playbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccionetwork.forum.PostQuotes;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;

/**
 * Reading playbooks: who may see which (drafts for editors and co-authors, members-only ones for members), and
 * how each quote shows to the reader. A playbook's page costs the same statements whatever its length.
 */
@Service
class PlaybookService {

    private final PlaybookRepository playbooks;
    private final PostQuotes posts;
    private final Topics topics;

    PlaybookService(PlaybookRepository playbooks, PostQuotes posts, Topics topics) {
        this.playbooks = playbooks;
        this.posts = posts;
        this.topics = topics;
    }

    /**
     * Published playbooks under the topics of the shared list, in its order (drafts too for editors); an old slug
     * counts as the topic it now means, and one the list no longer knows goes last under "Other topics".
     */
    Map<Topic, List<Playbook>> byTopic(Viewer viewer) {
        boolean editor = viewer != null && viewer.isEditor();
        Map<Topic, List<Playbook>> grouped = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(Topic::position).thenComparing(Topic::slug));
        for (Playbook playbook : playbooks.listed(viewer != null, editor)) {
            Topic topic = topics.find(playbook.topicSlug()).orElse(OTHER);
            grouped.computeIfAbsent(topic, t -> new ArrayList<>()).add(playbook);
        }
        return grouped;
    }

    private static final Topic OTHER = new Topic("other-topics", "Other topics", Integer.MAX_VALUE, true);

    /** The playbook if the viewer may see it at all: a draft only by those who may edit it. */
    Playbook visible(String slug, Viewer viewer) {
        Playbook playbook = playbooks.findBySlug(slug).orElseThrow(() -> PlaybookNotFound.forSlug(slug));
        if (!playbook.published() && !mayEdit(playbook, viewer)) {
            throw PlaybookNotFound.forSlug(slug);
        }
        return playbook;
    }

    /** What a reader sees; a visitor at a members-only playbook sees its title and summary only. */
    PlaybookPages.Reading read(String slug, Viewer viewer) {
        Playbook playbook = visible(slug, viewer);
        boolean canRead = !playbook.membersOnly() || viewer != null;
        boolean editable = mayEdit(playbook, viewer);
        List<Block> blocks = canRead ? playbooks.blocks(playbook.id()) : List.of();
        return new PlaybookPages.Reading(playbook, topics.find(playbook.topicSlug()).orElse(null), canRead, editable,
                views(blocks, viewer), viewer != null && viewer.isEditor());
    }

    /** Each block with its quote as the viewer sees it: two statements whatever the number of quotes. */
    List<PlaybookPages.Part> views(List<Block> blocks, Viewer viewer) {
        Set<Long> postIds = blocks.stream().filter(b -> b.quote() != null).map(b -> b.quote().postId())
                .collect(Collectors.toSet());
        var edited = posts.editedAt(postIds);
        boolean readsChathamHouse = viewer != null && posts.readsChathamHouse(viewer);
        List<PlaybookPages.Part> parts = new ArrayList<>();
        for (Block block : blocks) {
            parts.add(new PlaybookPages.Part(block, block.quote() == null ? null
                    : QuoteView.of(block.quote(), viewer == null, readsChathamHouse, edited.get(block.quote().postId()))));
        }
        return parts;
    }

    /** Editors edit every playbook; an accepted co-author edits theirs. */
    boolean mayEdit(Playbook playbook, Viewer viewer) {
        return viewer != null && (viewer.isEditor() || playbooks.mayEdit(playbook.id(), viewer.id()));
    }

    /** The playbook, if the viewer may edit it. */
    Playbook editable(String slug, Viewer viewer) {
        Playbook playbook = playbooks.findBySlug(slug).orElseThrow(() -> PlaybookNotFound.forSlug(slug));
        if (!mayEdit(playbook, viewer)) {
            throw NotAllowedToEditPlaybook.playbook(slug);
        }
        return playbook;
    }

    /** A playbook by its address, draft or not, for a member answering an invitation to it. */
    Playbook visibleToInvitee(String slug) {
        return playbooks.findBySlug(slug).orElseThrow(() -> PlaybookNotFound.forSlug(slug));
    }

    List<Playbook> editableBy(Viewer viewer) {
        return playbooks.editableBy(viewer.id(), viewer.isEditor());
    }

    List<Block> blocksOf(Playbook playbook) {
        return playbooks.blocks(playbook.id());
    }

    boolean knownTopic(String slug) {
        return topics.find(slug).filter(t -> t.slug().equals(slug)).isPresent();
    }

    List<Topic> topicChoices(String chosen) {
        return topics.offered(chosen == null ? List.of() : List.of(chosen));
    }
}
