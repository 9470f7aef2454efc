package org.ccionetwork.forum.notifications;

import java.util.List;

import org.ccionetwork.forum.notifications.NotificationPages.NotificationsPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The member's notifications and how they want them by email. */
@Controller
class NotificationsController {

    private final NotificationsInbox inbox;

    NotificationsController(NotificationsInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    ModelAndView notifications() {
        long me = Viewers.current().orElseThrow().id();
        return Views.page("forum/notifications/notifications", new NotificationsPage(inbox.latest(me), inbox.emailMode(me),
                List.of(EmailMode.values())));
    }

    @PostMapping("/notifications/read")
    String read(RedirectAttributes redirect) {
        inbox.markAllRead(Viewers.current().orElseThrow().id());
        Flash.say(redirect, "All notifications are marked as read.");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/settings")
    String settings(@RequestParam(required = false) String mode, RedirectAttributes redirect) {
        EmailMode chosen;
        try {
            chosen = EmailMode.valueOf(mode == null ? "" : mode);
        } catch (IllegalArgumentException e) {
            throw UnknownEmailMode.named(mode);
        }
        inbox.setEmailMode(Viewers.current().orElseThrow().id(), chosen);
        Flash.say(redirect, "Your email setting is saved.");
        return "redirect:/notifications";
    }
}
