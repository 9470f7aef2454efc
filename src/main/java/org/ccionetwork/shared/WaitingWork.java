package org.ccionetwork.shared;

import java.util.List;

/**
 * Work waiting for staff, counted for the administration dashboard. The module that owns a queue implements
 * this (claims, backers, reports, held posts, failed emails), so the dashboard depends on none of them. Each
 * implementation costs at most one statement per queue it counts, whatever the data size.
 */
public interface WaitingWork {

    /** The queues this member of staff may work on, with how much waits in each; empty for other viewers. */
    List<Queue> queues(Viewer viewer);

    /**
     * One queue on the dashboard.
     *
     * @param order where it goes: lower first
     * @param label what waits, as "CCIO claims"
     * @param count how many wait
     * @param href the queue's page
     * @param hint what to do there
     */
    record Queue(int order, String label, long count, String href, String hint) {
    }
}
