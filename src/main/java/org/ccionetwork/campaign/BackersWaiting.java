package org.ccionetwork.campaign;

import java.util.List;

import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.WaitingWork;
import org.springframework.stereotype.Component;

/** Organisations that back the campaign and wait for a moderator's approval. */
@Component
class BackersWaiting implements WaitingWork {

    private final BackerRepository backers;

    BackersWaiting(BackerRepository backers) {
        this.backers = backers;
    }

    @Override
    public List<Queue> queues(Viewer viewer) {
        if (viewer == null || !viewer.isModerator()) {
            return List.of();
        }
        return List.of(new Queue(20, "Campaign backers", backers.countAwaitingApproval(), "/admin/backers",
                "organisations to approve"));
    }
}
