package org.ccionetwork.forum;

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
import org.ccionetwork.forum.ForumForms.CategoryForm;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.topics.Topics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation and management of the forum: members' reports and the moderators' queue (hide, lock, move,
 * suspend, dismiss; each audited, the reporter told), categories, and the sponsors' staff flag.
 */
@Service
class ForumAdministration {

    private final ReportRepository reports;
    private final ThreadRepository threads;
    private final CategoryRepository categories;
    private final NotificationRepository settings;
    private final ForumService forum;
    private final Notifications notifications;
    private final MemberAdministration memberAdministration;
    private final MemberLookup members;
    private final AuditLog audit;
    private final Clock clock;
    private final Topics topics;

    ForumAdministration(ReportRepository reports, ThreadRepository threads, CategoryRepository categories,
            NotificationRepository settings, ForumService forum, Notifications notifications,
            MemberAdministration memberAdministration, MemberLookup members, AuditLog audit, Clock clock, Topics topics) {
        this.reports = reports;
        this.threads = threads;
        this.categories = categories;
        this.settings = settings;
        this.forum = forum;
        this.notifications = notifications;
        this.memberAdministration = memberAdministration;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
        this.topics = topics;
    }

    @Transactional
    void report(Reader reader, long postId, String reason) {
        forum.post(reader, postId);
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

    /** The posts held for a moderator, oldest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    List<HeldPost> held() {
        return forum.heldPosts();
    }

    /** Approves a held post; see {@link ForumService#approve}. Audited there, in the same transaction. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    ThreadDetail approve(long moderatorId, long postId) {
        return forum.approve(moderatorId, postId);
    }

    /** Turns down a held post with the reason the author is told; see {@link ForumService#reject}. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MODERATOR')")
    void reject(long moderatorId, long postId, String reason) {
        forum.reject(moderatorId, postId, reason);
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
        threads.hide(report.postId(), reason.strip(), clock.instant());
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
        Category to = categories.find(categoryId).orElseThrow(() -> ForumErrors.NotFound.category("#" + categoryId));
        ThreadDetail thread = threads.find(report.threadId()).orElseThrow();
        if (thread.category().id() == to.id()) {
            return;
        }
        threads.move(thread.id(), to.id());
        Instant now = clock.instant();
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

    List<Category> categories() {
        return categories.all();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    long addCategory(CategoryForm form) {
        long id = categories.insert(form.slug(), form.name().strip(), form.descriptionOrEmpty(), form.positionOrZero(),
                form.isChathamHouse(), topics.slugs(form.topicKeys()));
        audit.record("FORUM_CATEGORY_ADDED", "category " + form.slug(), form.isChathamHouse() ? "Chatham House" : null);
        return id;
    }

    boolean slugTaken(String slug) {
        return categories.slugTaken(slug);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    void updateCategory(long id, CategoryForm form) {
        Category category = categories.find(id).orElseThrow(() -> ForumErrors.NotFound.category("#" + id));
        List<String> chosen = topics.slugs(form.topicKeys());
        categories.update(id, form.name().strip(), form.descriptionOrEmpty(), form.positionOrZero(), form.isChathamHouse(),
                chosen);
        String changedTopics = category.topics().equals(chosen) ? null : "topics: " + String.join(", ", chosen);
        String chatham = category.chathamHouse() == form.isChathamHouse() ? null
                : form.isChathamHouse() ? "now Chatham House" : "no longer Chatham House";
        audit.record("FORUM_CATEGORY_CHANGED", "category " + category.slug(),
                chatham == null ? changedTopics : changedTopics == null ? chatham : chatham + "; " + changedTopics);
    }

    @PreAuthorize("hasRole('ADMIN')")
    List<MemberSummary> sponsorStaff() {
        return members.findAll(settings.sponsorStaff()).values().stream()
                .sorted(java.util.Comparator.comparing(MemberSummary::name)).toList();
    }

    /** Marks a member as working for a sponsor (or not); returns false when there is no such member. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    boolean setSponsorStaff(String email, boolean flag) {
        var member = members.findByEmail(email.strip());
        if (member.isEmpty()) {
            return false;
        }
        settings.setSponsorStaff(member.get().id(), flag);
        audit.record(flag ? "FORUM_SPONSOR_STAFF_SET" : "FORUM_SPONSOR_STAFF_CLEARED",
                "member #" + member.get().id() + " (" + member.get().name() + ")", null);
        return true;
    }

    private Report open(long reportId) {
        return reports.findOpen(reportId).orElseThrow(() -> ForumErrors.NotFound.report(reportId));
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
