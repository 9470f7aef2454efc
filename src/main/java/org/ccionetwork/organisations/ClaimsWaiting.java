package org.ccionetwork.organisations;

import java.util.List;

import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.WaitingWork;
import org.springframework.stereotype.Component;

/** Members' claims to be a provider's CCIO, waiting for a moderator. */
@Component
class ClaimsWaiting implements WaitingWork {

    private final AppointmentRepository appointments;

    ClaimsWaiting(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public List<Queue> queues(Viewer viewer) {
        if (viewer == null || !viewer.isModerator()) {
            return List.of();
        }
        return List.of(new Queue(10, "CCIO claims", appointments.countPending(), "/admin/appointments",
                "to verify or reject"));
    }
}
