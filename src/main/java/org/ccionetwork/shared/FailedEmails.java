package org.ccionetwork.shared;

import java.util.List;

import org.springframework.stereotype.Component;

/** Emails the outbox gave up on, for administrators' dashboard. */
@Component
class FailedEmails implements WaitingWork {

    private final OutboxRepository outbox;

    FailedEmails(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<Queue> queues(Viewer viewer) {
        if (viewer == null || !viewer.isAdmin()) {
            return List.of();
        }
        return List.of(new Queue(50, "Failed emails", outbox.countFailed(), "/admin/outbox",
                "given up after every retry"));
    }
}
