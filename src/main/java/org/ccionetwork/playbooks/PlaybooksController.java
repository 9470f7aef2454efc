package org.ccionetwork.playbooks;

import org.ccionetwork.playbooks.PlaybookPages.ComparePage;
import org.ccionetwork.playbooks.PlaybookPages.ListPage;
import org.ccionetwork.playbooks.PlaybookPages.RevisionsPage;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Reading playbooks: the list by topic, a playbook, and (for those who edit it) its revisions compared. */
@Controller
class PlaybooksController {

    private final PlaybookService playbooks;
    private final Revisions revisions;

    PlaybooksController(PlaybookService playbooks, Revisions revisions) {
        this.playbooks = playbooks;
        this.revisions = revisions;
    }

    @GetMapping("/playbooks")
    ModelAndView list() {
        Viewer viewer = viewer();
        return Views.page("playbooks/list", new ListPage(playbooks.byTopic(viewer), viewer != null && viewer.isEditor()));
    }

    @GetMapping("/playbooks/{slug}")
    ModelAndView playbook(@PathVariable String slug) {
        return Views.page("playbooks/playbook", playbooks.read(slug, viewer()));
    }

    @GetMapping("/playbooks/{slug}/revisions")
    ModelAndView revisions(@PathVariable String slug) {
        Playbook playbook = playbooks.editable(slug, viewer());
        return Views.page("playbooks/revisions", new RevisionsPage(playbook, revisions.of(playbook)));
    }

    @GetMapping("/playbooks/{slug}/compare")
    ModelAndView compare(@PathVariable String slug, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to) {
        Playbook playbook = playbooks.editable(slug, viewer());
        int newer = to == null ? playbook.revision() : to;
        int older = from == null ? Math.max(1, newer - 1) : from;
        return Views.page("playbooks/compare", new ComparePage(playbook, revisions.compare(playbook, older, newer)));
    }

    private static Viewer viewer() {
        return Viewers.current().orElse(null);
    }
}
