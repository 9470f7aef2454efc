package org.ccionetwork.playbooks;

import org.ccionetwork.shared.PostQuoting;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Component;

/** What the forum's thread page offers: "Add to a playbook" to editors and co-authors, suggestions to everyone. */
@Component
class PlaybookQuoting implements PostQuoting {

    private final PlaybookRepository playbooks;

    PlaybookQuoting(PlaybookRepository playbooks) {
        this.playbooks = playbooks;
    }

    @Override
    public boolean mayQuote(Viewer viewer) {
        return viewer.isEditor() || playbooks.coauthorOfAny(viewer.id());
    }

    @Override
    public String quoteHref(long postId) {
        return "/playbooks/quote?post=" + postId;
    }

    @Override
    public String suggestAction() {
        return "/playbooks/suggestions";
    }
}
