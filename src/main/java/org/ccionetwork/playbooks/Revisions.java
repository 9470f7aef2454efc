package org.ccionetwork.playbooks;

import java.util.List;

import org.springframework.stereotype.Service;

/** A playbook's revisions, and two of them compared side by side (the older on the left). */
@Service
class Revisions {

    private final RevisionRepository revisions;

    Revisions(RevisionRepository revisions) {
        this.revisions = revisions;
    }

    List<Revision> of(Playbook playbook) {
        return revisions.of(playbook.id());
    }

    RevisionComparison compare(Playbook playbook, int first, int second) {
        int older = Math.min(first, second);
        int newer = Math.max(first, second);
        Revision left = revisions.find(playbook.id(), older).orElseThrow(() -> PlaybookNotFound.part(older));
        Revision right = revisions.find(playbook.id(), newer).orElseThrow(() -> PlaybookNotFound.part(newer));
        return RevisionComparison.of(left, right);
    }
}
