package org.ccionetwork.playbooks;

import java.time.Instant;

import org.ccionetwork.shared.Dates;

/** One revision of a playbook: who changed what, when; {@code content} is the whole playbook as text then. */
public record Revision(int number, String changerName, Instant changedAt, String change, boolean substantial,
        String content) {

    public String when() {
        return Dates.dateTime(changedAt);
    }
}
