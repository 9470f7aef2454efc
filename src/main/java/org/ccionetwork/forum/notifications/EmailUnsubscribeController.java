package org.ccionetwork.forum.notifications;

import org.ccionetwork.forum.notifications.NotificationPages.UnsubscribePage;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The link in forum emails that turns them off without signing in, and the one-click unsubscribe of mail
 * programs (RFC 8058). Open to anyone holding a valid link (see {@code ForumAccessRules}); the pages name no
 * member, thread or category, so a forwarded email gives nothing away.
 */
@Controller
class EmailUnsubscribeController {

    private final EmailUnsubscribe unsubscribe;

    EmailUnsubscribeController(EmailUnsubscribe unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    /** Only asks: mail scanners follow links, and following one must not unsubscribe anybody. */
    @GetMapping(EmailUnsubscribe.PATH)
    ModelAndView confirm(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = unsubscribe.valid(member, token);
        return page(member, token, false, valid);
    }

    /**
     * The button on the confirmation page, and the one-click POST ({@code List-Unsubscribe=One-Click}) a mail
     * program sends: no session and no CSRF token, the signed token is the proof.
     */
    @PostMapping(EmailUnsubscribe.PATH)
    ModelAndView unsubscribe(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = unsubscribe.valid(member, token);
        if (valid) {
            unsubscribe.unsubscribe(member);
        }
        return page(member, token, valid, valid);
    }

    private static ModelAndView page(long member, String token, boolean done, boolean valid) {
        return Views.page("forum/notifications/unsubscribe", valid ? new UnsubscribePage(member, token, done, true)
                : new UnsubscribePage(0, "", false, false), valid ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }
}
