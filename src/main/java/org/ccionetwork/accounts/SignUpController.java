package org.ccionetwork.accounts;

import jakarta.validation.Valid;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Joining: the sign-up form, the emailed verification link and sending that link again. */
@Controller
class SignUpController {

    private final AccountService accounts;
    private final SignInProviders providers;

    SignUpController(AccountService accounts, SignInProviders providers) {
        this.accounts = accounts;
        this.providers = providers;
    }

    @GetMapping("/sign-up")
    ModelAndView form() {
        return new ModelAndView("accounts/sign-up", "page", new Pages.SignUpPage(SignUpForm.empty(), FormErrors.NONE, providers.buttons()));
    }

    @PostMapping("/sign-up")
    ModelAndView signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result) {
        if (!result.hasFieldErrors("password")) {
            accounts.passwordProblem(form.password(), form.email(), form.name())
                    .ifPresent(problem -> result.rejectValue("password", "policy", problem));
        }
        if (result.hasErrors()) {
            return Views.invalid("accounts/sign-up", new Pages.SignUpPage(form.withoutPassword(), FormErrors.from(result), providers.buttons()));
        }
        accounts.signUp(form);
        return new ModelAndView("accounts/message", "page", new Pages.MessagePage("Check your email",
                "We have sent a link to " + form.email().strip() + ". Follow it within 24 hours to confirm your address and finish joining. "
                        + "If nothing arrives in a few minutes, check your spam folder or ask for a new link.",
                "Send the link again", "/verify-email/resend"));
    }

    @GetMapping("/verify-email")
    ModelAndView verify(@RequestParam(required = false) String token) {
        var outcome = accounts.verifyEmail(token);
        var page = switch (outcome) {
            case VERIFIED -> new Pages.MessagePage("Your email address is confirmed",
                    "Thank you. You can now sign in to the CCIO Network.", "Sign in", "/sign-in");
            case EMAIL_CHANGED -> new Pages.MessagePage("Your new email address is confirmed",
                    "From now on, sign in with your new address.", "Go to your account", "/account");
            case USED -> new Pages.MessagePage("This link has already been used",
                    "If you confirmed your address already, you can sign in.", "Sign in", "/sign-in");
            case EXPIRED -> new Pages.MessagePage("This link has expired",
                    "Links to confirm an email address work for 24 hours. Ask for a new one.", "Send a new link", "/verify-email/resend");
            case EMAIL_TAKEN -> new Pages.MessagePage("That email address is already in use",
                    "Another account uses this address now, so we could not change yours.", "Go to your account", "/account");
            case INVALID -> new Pages.MessagePage("This link is not valid",
                    "Check that you copied the whole link from the email, or ask for a new one.", "Send a new link", "/verify-email/resend");
        };
        ModelAndView view = new ModelAndView("accounts/message", "page", page);
        if (outcome == AccountService.LinkOutcome.INVALID) {
            view.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
        } else if (outcome == AccountService.LinkOutcome.EXPIRED || outcome == AccountService.LinkOutcome.USED) {
            view.setStatus(org.springframework.http.HttpStatus.GONE);
        }
        return view;
    }

    @GetMapping("/verify-email/resend")
    ModelAndView resendForm() {
        return resendPage(EmailForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/verify-email/resend")
    ModelAndView resend(@Valid @ModelAttribute("form") EmailForm form, BindingResult result) {
        if (result.hasErrors()) {
            return resendPage(form, FormErrors.from(result));
        }
        accounts.resendVerification(form.email());
        return new ModelAndView("accounts/message", "page", new Pages.MessagePage("Check your email",
                "If " + form.email().strip() + " belongs to an account waiting to be confirmed, we have sent a new link. It works for 24 hours.",
                "Sign in", "/sign-in"));
    }

    private static ModelAndView resendPage(EmailForm form, FormErrors errors) {
        return new ModelAndView("accounts/email-form", "page", new Pages.EmailPage("Send the confirmation link again",
                "/verify-email/resend", "Enter the address you signed up with and we will send a new link.",
                "Send the link", form, errors));
    }
}
