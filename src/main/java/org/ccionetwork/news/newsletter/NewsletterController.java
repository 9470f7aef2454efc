package org.ccionetwork.news.newsletter;

import org.ccionetwork.news.newsletter.NewsletterPages.UnsubscribePage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member opts in to or out of the weekly newsletter in its section of the account page; the link in each
 * email, and the one-click unsubscribe of mail programs (RFC 8058), opt out without signing in.
 */
@Controller
class NewsletterController {

    static final String ACCOUNT_SECTION = "/account#newsletter";

    private final Newsletter newsletter;

    NewsletterController(Newsletter newsletter) {
        this.newsletter = newsletter;
    }

    /** The choice moved to the account page; the old address, linked from the news pages, leads there. */
    @GetMapping("/news/newsletter")
    String page() {
        return "redirect:" + ACCOUNT_SECTION;
    }

    @PostMapping({"/account/newsletter", "/news/newsletter"})
    String change(@RequestParam(defaultValue = "false") boolean subscribe, RedirectAttributes redirect) {
        if (subscribe) {
            newsletter.subscribe(me().id());
            Flash.say(redirect, "You will receive the weekly newsletter.");
        } else {
            newsletter.unsubscribe(me().id());
            Flash.say(redirect, "You will no longer receive the weekly newsletter.");
        }
        return "redirect:" + ACCOUNT_SECTION;
    }

    /** Only asks: mail scanners follow links, and following one must not unsubscribe anybody. */
    @GetMapping("/news/newsletter/unsubscribe")
    ModelAndView confirm(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = newsletter.validToken(member, token);
        return Views.page("news/unsubscribe", new UnsubscribePage(member, token, false, valid),
                valid ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }

    /**
     * The button on the confirmation page, and the one-click POST ({@code List-Unsubscribe=One-Click}) a mail
     * program sends to the {@code List-Unsubscribe} address: no session and no CSRF token (see
     * {@link NewsAccessRules}), the signed token is the proof.
     */
    @PostMapping("/news/newsletter/unsubscribe")
    ModelAndView unsubscribe(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = newsletter.validToken(member, token);
        if (valid) {
            newsletter.unsubscribe(member);
        }
        return Views.page("news/unsubscribe", new UnsubscribePage(member, token, valid, valid),
                valid ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }

    private static Viewer me() {
        return Viewers.current().orElseThrow();
    }
}
