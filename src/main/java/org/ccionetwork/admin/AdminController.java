package org.ccionetwork.admin;

import org.ccionetwork.admin.AdminPages.AuditPage;
import org.ccionetwork.admin.AdminPages.DashboardPage;
import org.ccionetwork.admin.AdminPages.OutboxEmailPage;
import org.ccionetwork.admin.AdminPages.OutboxPage;
import java.util.Comparator;
import java.util.List;

import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Views;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.WaitingWork;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff dashboard, the audit log and the outbox. */
@Controller
class AdminController {

    private final AuditLog audit;
    private final Outbox outbox;
    private final List<WaitingWork> waitingWork;

    AdminController(AuditLog audit, Outbox outbox, List<WaitingWork> waitingWork) {
        this.audit = audit;
        this.outbox = outbox;
        this.waitingWork = waitingWork;
    }

    @GetMapping("/admin")
    ModelAndView dashboard() {
        var viewer = Viewers.current().orElseThrow();
        var waiting = waitingWork.stream().flatMap(work -> work.queues(viewer).stream())
                .sorted(Comparator.comparingInt(WaitingWork.Queue::order)).toList();
        return Views.page("admin/dashboard", new DashboardPage(outbox.canSend(), waiting));
    }

    @GetMapping("/admin/audit")
    ModelAndView audit(@RequestParam(required = false) String action, @RequestParam(required = false) Integer page) {
        String filter = action == null || action.isBlank() ? null : action.strip();
        return Views.page("admin/audit", new AuditPage(audit.page(filter, null, PageOf.clamp(page)), audit.actions(), filter));
    }

    @GetMapping("/admin/outbox")
    ModelAndView outbox(@RequestParam(required = false) String to, @RequestParam(required = false) Integer page) {
        String filter = to == null || to.isBlank() || to.length() > 320 ? null : to.strip();
        return Views.page("admin/outbox", new OutboxPage(outbox.page(filter, PageOf.clamp(page)), filter, outbox.canSend()));
    }

    @GetMapping("/admin/outbox/{id}")
    ModelAndView outboxEmail(@PathVariable long id) {
        return outbox.find(id).map(email -> Views.page("admin/outbox-email", new OutboxEmailPage(email)))
                .orElseThrow(() -> OutboxEmailNotFound.forId(id));
    }

    @PostMapping("/admin/outbox/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        outbox.retry(id);
        org.ccionetwork.shared.Flash.say(redirect, "The email will be tried again within a few seconds.");
        return "redirect:/admin/outbox/" + id;
    }
}
