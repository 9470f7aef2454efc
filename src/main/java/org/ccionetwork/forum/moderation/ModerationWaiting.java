package org.ccionetwork.forum.moderation;

import java.util.List;

import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.WaitingWork;
import org.springframework.stereotype.Component;

/** Open reports and posts held for approval in peer support, for moderators. */
@Component
class ModerationWaiting implements WaitingWork {

    private final ReportRepository reports;
    private final HeldPostRepository held;

    ModerationWaiting(ReportRepository reports, HeldPostRepository held) {
        this.reports = reports;
        this.held = held;
    }

    @Override
    public List<Queue> queues(Viewer viewer) {
        if (viewer == null || !viewer.isModerator()) {
            return List.of();
        }
        return List.of(new Queue(30, "Reports", reports.countOpen(), "/admin/reports#reports", "posts members reported"),
                new Queue(40, "Held posts", held.countHeld(), "/admin/reports#held", "new members' posts to approve"));
    }
}
