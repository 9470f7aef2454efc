package org.ccionetwork.news;

import org.ccionetwork.news.NewsPages.NewsletterPage;
import org.ccionetwork.news.NewsPages.UnsubscribePage;
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

/** A member opts in to or out of the weekly newsletter; the link in each email opts out without signing in. */
@Controller
class NewsletterController {

    private final Newsletter newsletter;

    NewsletterController(Newsletter newsletter) {
        this.newsletter = newsletter;
    }

    @GetMapping("/news/newsletter")
    ModelAndView page() {
        return Views.page("news/newsletter", new NewsletterPage(newsletter.subscribed(me().id())));
    }

    @PostMapping("/news/newsletter")
    String change(@RequestParam(defaultValue = "false") boolean subscribe, RedirectAttributes redirect) {
        if (subscribe) {
            newsletter.subscribe(me().id());
            Flash.say(redirect, "You will receive the weekly newsletter.");
        } else {
            newsletter.unsubscribe(me().id());
            Flash.say(redirect, "You will no longer receive the weekly newsletter.");
        }
        return "redirect:/news/newsletter";
    }

    @GetMapping("/news/newsletter/unsubscribe")
    ModelAndView confirm(@RequestParam(defaultValue = "0") long member, @RequestParam(required = false) String token) {
        boolean valid = newsletter.validToken(member, token);
        return Views.page("news/unsubscribe", new UnsubscribePage(member, token, false, valid),
                valid ? HttpStatus.OK : HttpStatus.NOT_FOUND);
    }

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
