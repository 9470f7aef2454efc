package org.ccionetwork.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking a provider sign-in to an existing account once its owner proves it is theirs (their password here,
 * or a link emailed to them), and unlinking one on the account page.
 */
@Controller
class IdentitiesController {

    private final SingleSignOn signOn;
    private final SignInProvider passwords;
    private final MemberRepository members;

    IdentitiesController(SingleSignOn signOn, SignInProvider passwords, MemberRepository members) {
        this.signOn = signOn;
        this.passwords = passwords;
        this.members = members;
    }

    @GetMapping("/sign-in/link")
    ModelAndView linkForm(HttpSession session) {
        var pending = pending(session);
        if (pending == null) {
            return nothingToLink();
        }
        return Views.page("accounts/link", page(pending, FormErrors.NONE));
    }

    @PostMapping("/sign-in/link")
    ModelAndView linkWithPassword(@RequestParam(required = false) String password, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        var pending = pending(request.getSession());
        if (pending == null || !pending.hasPassword()) {
            return nothingToLink();
        }
        String email = members.findById(pending.memberId()).map(Member::email).orElse("");
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password == null ? "" : password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        org.springframework.security.core.Authentication member;
        try {
            member = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            String message = refused instanceof SignInProvider.SignInThrottled
                    ? "Too many attempts. Wait 15 minutes and try again, or ask for an emailed link instead."
                    : "Your password is not right";
            return Views.invalid("accounts/link", page(pending, FormErrors.of("password", message)));
        }
        request.getSession().removeAttribute(SingleSignOnLogin.PENDING_LINK);
        signOn.linkAfterPassword(pending.memberId(), pending.identity());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(member);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        SignedInSessions.remember(request, "password");
        Flash.say(redirect, "Your " + pending.identity().providerName()
                + " sign-in is now linked to your account. Next time, use the button to sign in with it.");
        return new ModelAndView("redirect:/account");
    }

    @PostMapping("/sign-in/link/email")
    ModelAndView linkByEmail(HttpSession session) {
        var pending = pending(session);
        if (pending == null) {
            return nothingToLink();
        }
        session.removeAttribute(SingleSignOnLogin.PENDING_LINK);
        signOn.emailLink(pending.memberId(), pending.identity());
        return Views.page("accounts/message", new Pages.MessagePage("Check your email",
                "We have sent a link to " + pending.identity().email() + ". Follow it within 1 hour to link your "
                        + pending.identity().providerName() + " sign-in to your account, then sign in with it.",
                "Back to sign in", "/sign-in"));
    }

    @GetMapping("/sign-in/link/confirm")
    ModelAndView confirm(@RequestParam(required = false) String token) {
        var outcome = signOn.confirmLink(token);
        var page = switch (outcome) {
            case LINKED -> new Pages.MessagePage("Your sign-in is linked",
                    "You can now sign in to your account with the provider's button.", "Sign in", "/sign-in");
            case USED -> new Pages.MessagePage("This link has already been used",
                    "Each link works once. Sign in with the provider again to get a new one.", "Sign in", "/sign-in");
            case EXPIRED -> new Pages.MessagePage("This link has expired",
                    "Links to link a sign-in work for 1 hour. Sign in with the provider again to get a new one.", "Sign in", "/sign-in");
            case TAKEN -> new Pages.MessagePage("This sign-in is already linked",
                    "That provider sign-in already opens an account, so it was not linked to this one.", "Sign in", "/sign-in");
            case INVALID -> new Pages.MessagePage("This link is not valid",
                    "Check that you copied the whole link from the email.", "Sign in", "/sign-in");
        };
        HttpStatus status = switch (outcome) {
            case LINKED -> HttpStatus.OK;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case TAKEN -> HttpStatus.CONFLICT;
            default -> HttpStatus.GONE;
        };
        return Views.page("accounts/message", page, status);
    }

    @PostMapping("/account/identities/{id}/remove")
    ModelAndView unlink(@AuthenticationPrincipal MemberPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
        if (signOn.unlink(me.id(), id)) {
            Flash.say(redirect, "That sign-in is no longer linked to your account.");
        } else {
            Flash.say(redirect, "That sign-in was not removed: it is your only way to sign in. Set a password first "
                    + "(use \u201cForgotten your password?\u201d on the sign-in page), then remove it.");
        }
        return new ModelAndView("redirect:/account");
    }

    /** The page after the session that held the provider sign-in has ended (or without one at all). */
    private static ModelAndView nothingToLink() {
        return Views.page("accounts/message", new Pages.MessagePage("There is no sign-in to link",
                "Start again with your provider's button on the sign-in page.", "Sign in", "/sign-in"));
    }

    private static SingleSignOnLogin.PendingLink pending(HttpSession session) {
        return session.getAttribute(SingleSignOnLogin.PENDING_LINK) instanceof SingleSignOnLogin.PendingLink link ? link : null;
    }

    private static Pages.LinkPage page(SingleSignOnLogin.PendingLink pending, FormErrors errors) {
        return new Pages.LinkPage(pending.identity().providerName(), pending.identity().email(), pending.hasPassword(), errors);
    }
}
