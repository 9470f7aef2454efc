package org.ccionetwork.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.ccionetwork.shared.AccountSection;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in member's own account: details, email, password, data download and erasure, and the other
 * modules' {@link AccountSection}s (which post to their own routes).
 */
@Controller
class AccountController {

    private final AccountService accounts;
    private final PersistentTokenBasedRememberMeServices rememberMe;
    private final List<AccountSection> sections;
    private final SingleSignOn signOn;
    private final SignInProviders providers;
    private final Passkeys passkeys;

    AccountController(AccountService accounts, PersistentTokenBasedRememberMeServices rememberMe,
            List<AccountSection> sections, SingleSignOn signOn, SignInProviders providers, Passkeys passkeys) {
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.rememberMe = rememberMe;
        this.signOn = signOn;
        this.providers = providers;
        this.sections = sections.stream().sorted(Comparator.comparingInt(AccountSection::order)).toList();
    }

    @GetMapping("/account")
    ModelAndView account(@AuthenticationPrincipal MemberPrincipal me) {
        Member member = accounts.find(me.id()).orElseThrow();
        return page(me, member, DetailsForm.of(member), FormErrors.NONE, EmailForm.empty(), FormErrors.NONE, null);
    }

    @PostMapping("/account/passkeys/{id}/rename")
    ModelAndView renamePasskey(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String id,
            @RequestParam(required = false) String label, RedirectAttributes redirect) {
        var checked = PasskeyLabel.check(label);
        if (checked.problem() != null) {
            Member member = accounts.find(me.id()).orElseThrow();
            return page(me, member, DetailsForm.of(member), FormErrors.NONE, EmailForm.empty(), FormErrors.NONE,
                    new RefusedRename(id, label, checked.problem()));
        }
        Flash.say(redirect, passkeys.rename(me.id(), id, checked.value())
                ? "Your passkey is now called “" + checked.value() + "”." : "That passkey is no longer on your account.");
        return new ModelAndView("redirect:/account#passkeys-heading");
    }

    @PostMapping("/account/passkeys/{id}/remove")
    String removePasskey(@AuthenticationPrincipal MemberPrincipal me, @PathVariable String id, RedirectAttributes redirect) {
        Flash.say(redirect, passkeys.remove(me.id(), id)
                ? "The passkey has been removed from your account. You can also remove it from the device it was on."
                : "That passkey could not be removed: it is your only way to sign in, or it is no longer on your account.");
        return "redirect:/account#passkeys-heading";
    }

    /** A rename the page refused, to show beside that passkey's field with what was typed. */
    private record RefusedRename(String id, String typed, String problem) {
    }

    @PostMapping("/account/details")
    ModelAndView details(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = accounts.find(me.id()).orElseThrow();
        if (result.hasErrors()) {
            return page(me, member, form, FormErrors.from(result), EmailForm.empty(), FormErrors.NONE, null);
        }
        accounts.changeDetails(me.id(), form);
        refreshPrincipal(me.withName(form.name().strip()), request, response);
        Flash.say(redirect, "Your details have been saved.");
        return new ModelAndView("redirect:/account");
    }

    @PostMapping("/account/email")
    ModelAndView email(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") EmailForm form,
            BindingResult result, RedirectAttributes redirect) {
        Member member = accounts.find(me.id()).orElseThrow();
        if (!result.hasErrors() && form.email().strip().equalsIgnoreCase(member.email())) {
            result.rejectValue("email", "same", "This is already your email address");
        }
        if (!result.hasErrors() && !accounts.requestEmailChange(me.id(), form.email())) {
            result.rejectValue("email", "taken", "Another account already uses this email address");
        }
        if (result.hasErrors()) {
            return page(me, member, DetailsForm.of(member), FormErrors.NONE, form, FormErrors.from(result), null);
        }
        Flash.say(redirect, "We have sent a link to " + form.email().strip()
                + ". Your address changes when you follow it; until then, keep using your current one.");
        return new ModelAndView("redirect:/account");
    }

    @GetMapping("/account/password")
    ModelAndView passwordForm(@AuthenticationPrincipal MemberPrincipal me) {
        return Views.page("accounts/password", new Pages.PasswordPage(me.mustChangePassword(), FormErrors.NONE));
    }

    @PostMapping("/account/password")
    ModelAndView password(@AuthenticationPrincipal MemberPrincipal me, @ModelAttribute("form") PasswordForm form,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Member member = accounts.find(me.id()).orElseThrow();
        String problemField = null;
        String problem = null;
        if (!accounts.passwordMatches(me.id(), form.currentPassword())) {
            problemField = "currentPassword";
            problem = "Your current password is not right";
        } else if (form.newPassword() != null && form.newPassword().equals(form.currentPassword())) {
            problemField = "newPassword";
            problem = "Your new password must be different from your current one";
        } else {
            var policy = accounts.passwordProblem(form.newPassword(), member.email(), member.name());
            if (policy.isPresent()) {
                problemField = "newPassword";
                problem = policy.get();
            }
        }
        if (problem != null) {
            return Views.invalid("accounts/password",
                    new Pages.PasswordPage(me.mustChangePassword(), FormErrors.of(problemField, problem)));
        }
        accounts.changePassword(me.id(), form.newPassword(), request.getSession().getId());
        refreshPrincipal(me.withPasswordChanged(member.name()), request, response);
        Flash.say(redirect, "Your password has been changed. Any other sessions have been signed out.");
        return new ModelAndView("redirect:/account");
    }

    @GetMapping(value = "/account/data", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> data(@AuthenticationPrincipal MemberPrincipal me) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ccio-network-my-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(accounts.export(me.id()));
    }

    @GetMapping("/account/delete")
    ModelAndView deleteForm(@AuthenticationPrincipal MemberPrincipal me) {
        return Views.page("accounts/delete", new Pages.DeletePage(FormErrors.NONE, hasPassword(me)));
    }

    @PostMapping("/account/delete")
    ModelAndView delete(@AuthenticationPrincipal MemberPrincipal me, @Valid @ModelAttribute("form") DeleteForm form,
            BindingResult result, HttpServletRequest request, HttpServletResponse response) {
        boolean hasPassword = hasPassword(me);
        if (hasPassword && (form.password() == null || form.password().isBlank())) {
            result.rejectValue("password", "missing", "Enter your password");
        } else if (hasPassword && !result.hasFieldErrors("password") && !accounts.passwordMatches(me.id(), form.password())) {
            result.rejectValue("password", "wrong", "Your password is not right");
        }
        if (result.hasErrors()) {
            return Views.invalid("accounts/delete", new Pages.DeletePage(FormErrors.from(result), hasPassword));
        }
        accounts.delete(me.id());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        rememberMe.logout(request, response, authentication);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return Views.page("accounts/message", new Pages.MessagePage("Your account has been deleted",
                "We have erased your personal data. Anything you wrote in the network now shows as written by a former member.",
                "Go to the home page", "/"));
    }

    private boolean hasPassword(MemberPrincipal me) {
        return accounts.find(me.id()).map(member -> member.passwordHash() != null).orElse(true);
    }

    private ModelAndView page(MemberPrincipal me, Member member, DetailsForm details, FormErrors detailsErrors,
            EmailForm email, FormErrors emailErrors, RefusedRename refused) {
        var linked = signOn.linkedTo(member.id());
        var keys = passkeys.of(member.id());
        var ways = new SignInWays(member.passwordHash() != null, linked.size(), keys.size());
        var identities = linked.stream().map(identity -> new Pages.IdentityRow(identity.id(),
                providers.nameOf(identity.provider()), identity.email(), identity.linkedAt(), identity.lastUsedAt(),
                ways.mayRemoveProvider())).toList();
        var passkeyRows = keys.stream().map(key -> {
            boolean mine = refused != null && refused.id().equals(key.id());
            return new Pages.PasskeyRow(key.id(), key.label(), key.created(), key.lastUsed(), ways.mayRemovePasskey(),
                    mine ? refused.typed() : null, mine ? refused.problem() : null);
        }).toList();
        var page = new Pages.AccountPage(member, details, detailsErrors, email, emailErrors, List.of(Profession.values()),
                sections, identities, passkeyRows, passkeys.mayAdd(me, !keys.isEmpty()));
        return detailsErrors.any() || emailErrors.any() || refused != null ? Views.invalid("accounts/account", page)
                : Views.page("accounts/account", page);
    }

    /** Keeps the session's principal in step after a change, so the forced password change ends. */
    private static void refreshPrincipal(MemberPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        var old = SecurityContextHolder.getContext().getAuthentication();
        var updated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        updated.setDetails(old == null ? null : old.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
