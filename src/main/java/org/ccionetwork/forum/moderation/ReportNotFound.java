package org.ccionetwork.forum.moderation;

/** No open report with this id: never made, or already resolved. */
public final class ReportNotFound extends RuntimeException {

    private ReportNotFound(String message) {
        super(message, null, false, false);
    }

    public static ReportNotFound forId(long id) {
        return new ReportNotFound("No open report #" + id);
    }
}
