package org.ccionetwork.standards;

import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.standards.StandardsPages.UnsubscribePage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in reminder emails that stops them without signing in, the one-click opt-out of mail programs
 * (RFC 8058), and turning reminders back on from the provider page. The opt-out pages name no member or provider.
 */
@Controller
class RemindersController {

    private final Reminders reminders;

    RemindersController(Reminders reminders) {
        this.reminders = reminders;
    }

    /** Only asks: mail scanners follow links, and following one must not opt anybody out. */
    @GetMapping(Reminders.PATH)
    ModelAndView confirm(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        return page(member, token, false, reminders.valid(member, token));
    }

    /** The button on the confirmation page and the one-click POST: no session and no CSRF token, the signed token is the proof. */
    @PostMapping(Reminders.PATH)
    ModelAndView unsubscribe(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = reminders.valid(member, token);
        if (valid) {
            reminders.optOut(member);
        }
        return page(member, token, valid, valid);
    }

    @PostMapping("/standards/reminders")
    String turnOn(@RequestParam(required = false) String back, RedirectAttributes redirect) {
        reminders.optIn(Viewers.current().orElseThrow().id());
        Flash.say(redirect, "Reminders are on again: at most one email a month when your standards need a look.");
        return back != null && back.matches("[A-Za-z0-9]{3,6}") ? "redirect:/organisations/" + back + "#standards" : "redirect:/standards";
    }

    private static ModelAndView page(long member, String token, boolean done, boolean valid) {
        return Views.page("standards/unsubscribe", valid ? new UnsubscribePage(member, token, done, true)
                : new UnsubscribePage(0, "", false, false), valid ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }
}
