package org.ccionetwork.forum.moderation;

import java.util.List;

import org.ccionetwork.forum.Category;
import org.ccionetwork.forum.PostView;
import org.ccionetwork.forum.ThreadDetail;
import org.ccionetwork.forum.moderation.ModerationForms.ReportForm;
import org.ccionetwork.shared.FormErrors;

/** The records behind the moderation templates, one per page. */
public final class ModerationPages {

    private ModerationPages() {
    }

    /** A member reports a post to the moderators. */
    public record ReportPage(ThreadDetail thread, PostView post, ReportForm form, FormErrors errors) {
    }

    /** The moderators' queue: posts held for approval, then reported posts. */
    public record ReportsPage(List<HeldPost> held, List<Report> reports, List<Category> categories, FormErrors errors,
            Long failedReport) {
    }
}
