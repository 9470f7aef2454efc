package org.ccionetwork.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.ccionetwork.shared.AuditLog;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Views;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's signed-in sessions: where and how, last seen, and signing any other one out. */
@Controller
class SessionsController {

    private final SignedInSessions sessions;
    private final AuditLog audit;

    SessionsController(SignedInSessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @GetMapping("/account/sessions")
    ModelAndView list(@AuthenticationPrincipal MemberPrincipal me, HttpServletRequest request) {
        return Views.page("accounts/sessions", new Pages.SessionsPage(sessions.list(me.id(), request.getSession().getId())));
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String handle, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (sessions.end(me.id(), handle, request.getSession().getId())) {
            audit.record("SESSION_REVOKED", "member #" + me.id(), "One other session signed out");
            Flash.say(redirect, "That session is signed out.");
        }
        return "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/others")
    String endOthers(@AuthenticationPrincipal MemberPrincipal me, HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.signOut(me.id(), request.getSession().getId());
        audit.record("SESSION_REVOKED", "member #" + me.id(), "All other sessions signed out (" + ended + ")");
        Flash.say(redirect, ended == 1 ? "1 other session is signed out." : ended + " other sessions are signed out.");
        return "redirect:/account/sessions";
    }
}
