package org.ccionetwork.accounts;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.LocalPaths;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page (Spring Security handles the post) and the forgotten-password journey. */
@Controller
class SignInController {

    private final AccountService accounts;
    private final PasswordResets resets;
    private final SignInProviders providers;

    SignInController(AccountService accounts, PasswordResets resets, SignInProviders providers) {
        this.accounts = accounts;
        this.resets = resets;
        this.providers = providers;
    }

    @GetMapping("/sign-in")
    ModelAndView signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String next,
            HttpSession session) {
        String email = (String) session.getAttribute(SecurityConfiguration.SIGN_IN_EMAIL);
        session.removeAttribute(SecurityConfiguration.SIGN_IN_EMAIL);
        String message = error == null ? null : switch (error) {
            case "throttled" -> "Too many attempts to sign in. Wait 15 minutes and try again, or reset your password.";
            case "suspended" -> "Your account is suspended. Contact the network's moderators if you think this is a mistake.";
            case "unverified" -> "You need to confirm your email address before you can sign in. Follow the link we sent you, or ask for a new one.";
            case "provider-denied" -> "Signing in with your provider was cancelled or refused, so you are not signed in. Try again, or sign in another way.";
            case "provider-state" -> "That sign-in with your provider could not be checked (it may have taken too long, or been started in another window). Please try again.";
            case "provider-failed" -> "We could not finish signing you in with your provider: it did not answer as expected. Try again in a few minutes, or sign in another way.";
            case "provider-unverified" -> "Your provider did not confirm your email address, so we cannot use that sign-in for an account here. Sign in with your email address and password, or join with the form.";
            case "passkey" -> "That passkey could not be used to sign in: it may have been removed from your account. Sign in with your email address and password, or try another passkey.";
            default -> "The email address or password is not right. Check them and try again.";
        };
        return new ModelAndView("accounts/sign-in", "page", new Pages.SignInPage(email == null ? "" : email, message,
                LocalPaths.safe(next).orElse(null), providers.buttons()));
    }

    @GetMapping("/forgot-password")
    ModelAndView forgotForm() {
        return forgotPage(EmailForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/forgot-password")
    ModelAndView forgot(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
        if (result.hasErrors()) {
            return forgotPage(form, FormErrors.from(result));
        }
        resets.requestPasswordReset(form.email());
        return new ModelAndView("accounts/message", "page", new Pages.MessagePage("Check your email",
                "If " + form.email().strip() + " has an account with us, we have sent a link to reset its password. The link works for 1 hour.",
                "Back to sign in", "/sign-in"));
    }

    @GetMapping("/reset-password")
    ModelAndView resetForm(@RequestParam(required = false) String token) {
        var outcome = resets.checkResetLink(token);
        if (outcome != AccountService.LinkOutcome.VERIFIED) {
            return badLink(outcome);
        }
        return new ModelAndView("accounts/reset-password", "page", new Pages.ResetPage(token, FormErrors.NONE));
    }

    @PostMapping("/reset-password")
    ModelAndView reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        var owner = resets.resetLinkOwner(token);
        if (owner.isEmpty()) {
            return badLink(AccountService.LinkOutcome.INVALID);
        }
        var problem = accounts.passwordProblem(password, owner.get().email(), owner.get().name());
        if (problem.isPresent()) {
            return Views.invalid("accounts/reset-password", new Pages.ResetPage(token, FormErrors.of("password", problem.get())));
        }
        var outcome = resets.resetPassword(token, password);
        if (outcome != AccountService.LinkOutcome.VERIFIED) {
            return badLink(outcome);
        }
        Flash.say(redirect, "Your password has been changed. Sign in with your new password.");
        return new ModelAndView("redirect:/sign-in");
    }

    private static ModelAndView forgotPage(EmailForm form, FormErrors errors) {
        return new ModelAndView("accounts/email-form", "page", new Pages.EmailPage("Reset your password",
                "/forgot-password", "Enter the email address of your account and we will send you a link to choose a new password.",
                "Send the link", form, errors));
    }

    private static ModelAndView badLink(AccountService.LinkOutcome outcome) {
        var page = switch (outcome) {
            case USED -> new Pages.MessagePage("This link has already been used",
                    "Each link to reset a password works once. Ask for a new one if you need it.", "Reset your password", "/forgot-password");
            case EXPIRED -> new Pages.MessagePage("This link has expired",
                    "Links to reset a password work for 1 hour. Ask for a new one.", "Reset your password", "/forgot-password");
            default -> new Pages.MessagePage("This link is not valid",
                    "Check that you copied the whole link from the email, or ask for a new one.", "Reset your password", "/forgot-password");
        };
        return Views.page("accounts/message", page,
                outcome == AccountService.LinkOutcome.INVALID ? HttpStatus.BAD_REQUEST : HttpStatus.GONE);
    }
}
