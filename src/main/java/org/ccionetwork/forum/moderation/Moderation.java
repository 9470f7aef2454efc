package org.ccionetwork.forum.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccionetwork.accounts.MemberAdministration;
import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.forum.Category;
import org.ccionetwork.forum.CategoryNotFound;
import org.ccionetwork.forum.CategoryRepository;
import org.ccionetwork.forum.ForumService;
import org.ccionetwork.forum.PostRepository;
import org.ccionetwork.forum.Reader;
import org.ccionetwork.forum.ThreadDetail;
import org.ccionetwork.forum.ThreadRepository;
import org.ccionetwork.forum.notifications.Notifications;
import org.ccionetwork.shared.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' reports and what moderators do about them: hide, lock, move, suspend, dismiss; each audited, the
 * reporter told. Moderators also lock and unlock threads from their pages.
 */
@Service
class Moderation {

    private final ReportRepository reports;
    private final ThreadRepository threads;
    private final PostRepository posts;
    private final CategoryRepository categories;
    private final ForumService forum;
    private final Notifications notifications;
    private final MemberAdministration memberAdministration;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Clock clock;

    Moderation(ReportRepository reports, ThreadRepository threads, PostRepository posts,
            CategoryRepository categories, ForumService forum, Notifications notifications,
            MemberAdministration memberAdministration, MemberLookup members, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.threads = threads;
        this.posts = posts;
        this.categories = categories;
        this.forum = forum;
        this.notifications = notifications;
        this.memberAdministration = memberAdministration;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void report(Reader reader, long postId, String reason) {
        forum.publishedPost(reader, postId);
        reports.insert(postId, reader.id(), reason.strip(), clock.instant());
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    List<Report> queue() {
        var open = reports.open(100);
        Set<Long> ids = new HashSet<>();
        open.forEach(r -> {
            ids.add(r.postAuthorId());
            ids.add(r.reporterId());
        });
        Map<Long, MemberSummary> names = members.findAll(ids);
        return open.stream().map(r -> r.named(ForumService.name(names, r.postAuthorId()),
                ForumService.name(names, r.reporterId()))).toList();
    }

    /** Every category, for moving a reported thread. */
    List<Category> categories() {
        return categories.all();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void dismiss(long moderatorId, long reportId, String note) {
        Report report = open(reportId);
        audit.record("FORUM_REPORT_DISMISSED", target(report), note);
        resolve(moderatorId, report, "no action was needed" + (note == null || note.isBlank() ? "." : ": " + note.strip()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void hide(long moderatorId, long reportId, String reason) {
        Report report = open(reportId);
        posts.hide(report.postId(), reason.strip(), clock.instant());
        audit.record("FORUM_POST_HIDDEN", target(report), reason.strip());
        resolve(moderatorId, report, "the post has been hidden.");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void lock(long moderatorId, long reportId) {
        Report report = open(reportId);
        threads.lock(report.threadId(), true);
        audit.record("FORUM_THREAD_LOCKED", "thread #" + report.threadId() + " (" + report.threadTitle() + ")",
                "after report #" + reportId);
        resolve(moderatorId, report, "the thread has been locked.");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void move(long moderatorId, long reportId, long categoryId) {
        Report report = open(reportId);
        Category to = categories.find(categoryId).orElseThrow(() -> CategoryNotFound.forId(categoryId));
        ThreadDetail thread = threads.find(report.threadId()).orElseThrow();
        if (thread.category().id() == to.id()) {
            return;
        }
        threads.move(thread.id(), to.id());
        categories.countThread(thread.category().id(), -1, -thread.postCount(), thread.lastActivityAt());
        categories.countThread(to.id(), 1, thread.postCount(), thread.lastActivityAt());
        audit.record("FORUM_THREAD_MOVED", "thread #" + thread.id() + " (" + thread.title() + ")",
                thread.category().name() + " → " + to.name() + " after report #" + reportId);
        resolve(moderatorId, report, "the thread has been moved to " + to.name() + ".");
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void suspendAuthor(long moderatorId, long reportId, int days, String reason) {
        Report report = open(reportId);
        Instant until = clock.instant().plus(Duration.ofDays(days));
        // Audited by the accounts module as MEMBER_SUSPENDED, with its own reason and end date.
        memberAdministration.suspend(moderatorId, report.postAuthorId(), until, reason.strip());
        audit.record("FORUM_REPORT_ACTIONED", target(report), "author suspended for " + days + " days");
        resolve(moderatorId, report, "the author has been suspended.");
    }

    /** Moderators lock or unlock a thread from its page. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void setLocked(Reader reader, long threadId, boolean locked) {
        ThreadDetail thread = forum.thread(reader, threadId);
        if (thread.locked() == locked) {
            return;
        }
        threads.lock(threadId, locked);
        audit.record(locked ? "FORUM_THREAD_LOCKED" : "FORUM_THREAD_UNLOCKED",
                "thread #" + threadId + " (" + thread.title() + ")", null);
    }

    private Report open(long reportId) {
        return reports.findOpen(reportId).orElseThrow(() -> ReportNotFound.forId(reportId));
    }

    private void resolve(long moderatorId, Report report, String outcome) {
        reports.resolve(report.id(), moderatorId, outcome, clock.instant());
        notifications.reportOutcome(report.reporterId(), report.threadTitle(), outcome,
                "/community/t/" + report.threadId() + "/" + report.threadSlug());
    }

    private static String target(Report report) {
        return "post #" + report.postId() + " in thread #" + report.threadId() + " (report #" + report.id() + ")";
    }
}
