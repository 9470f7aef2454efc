package org.ccionetwork.admin;

import java.util.List;

import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.shared.AuditEntry;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.OutboxEmail;
import org.ccionetwork.shared.PageOf;

/** The records behind the administration templates, one per page. */
public final class AdminPages {

    private AdminPages() {
    }

    /** {@code waiting}: the queues of work this member of staff may do, in order, with their counts. */
    public record DashboardPage(boolean mailConfigured, List<org.ccionetwork.shared.WaitingWork.Queue> waiting) {
    }

    public record AuditPage(PageOf<AuditEntry> entries, List<String> actions, String action) {
    }

    public record OutboxPage(PageOf<OutboxEmail> emails, String to, boolean mailConfigured) {
    }

    public record OutboxEmailPage(OutboxEmail email) {
    }

    public record MembersPage(PageOf<MemberSummary> members, String q, Role role, List<Role> roles) {
    }

    public record MemberPage(MemberSummary member, List<Role> roles, boolean canChangeRoles, SuspendForm suspend,
            FormErrors errors) {
    }
}
