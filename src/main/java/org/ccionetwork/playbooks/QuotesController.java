package org.ccionetwork.playbooks;

import org.ccionetwork.playbooks.PlaybookPages.ChoosePage;
import org.ccionetwork.playbooks.PlaybookPages.MinePage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Add to a playbook" from a thread; and a member's own page: their quoted words (agree to be named, decline,
 * take them back, what to do on erasure) and their invitations to co-write.
 */
@Controller
class QuotesController {

    private final PlaybookService playbooks;
    private final Quoting quoting;
    private final Coauthors coauthors;

    QuotesController(PlaybookService playbooks, Quoting quoting, Coauthors coauthors) {
        this.playbooks = playbooks;
        this.quoting = quoting;
        this.coauthors = coauthors;
    }

    @GetMapping("/playbooks/quote")
    ModelAndView choose(@RequestParam long post) {
        Viewer viewer = viewer();
        var editable = playbooks.editableBy(viewer);
        if (editable.isEmpty() && !viewer.isEditor()) {
            throw NotAllowedToEditPlaybook.playbook("any");
        }
        var quotable = quoting.post(viewer, post).orElseThrow(() -> PlaybookNotFound.part(post));
        return Views.page("playbooks/choose", new ChoosePage(quotable, editable));
    }

    @GetMapping("/playbooks/mine")
    ModelAndView mine() {
        Viewer viewer = viewer();
        return Views.page("playbooks/mine", new MinePage(quoting.mine(viewer), coauthors.invitations(viewer),
                quoting.eraseChoice(viewer)));
    }

    @PostMapping("/playbooks/mine/quotes/{id}")
    String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
        Viewer viewer = viewer();
        boolean done = switch (answer) {
            case "agree" -> quoting.answer(id, Quote.Consent.AGREED, viewer);
            case "decline" -> quoting.answer(id, Quote.Consent.DECLINED, viewer);
            case "remove" -> quoting.takeBack(id, viewer);
            default -> throw PlaybookNotFound.part(id);
        };
        if (!done) {
            throw PlaybookNotFound.part(id);
        }
        Flash.say(redirect, switch (answer) {
            case "agree" -> "Thank you: the quote now shows your name and organisation (never under the Chatham House rule).";
            case "decline" -> "The quote says it is by “a member”.";
            default -> "Your words have been taken out of the playbook.";
        });
        return "redirect:/playbooks/mine";
    }

    @PostMapping("/playbooks/mine/erasure")
    String erasure(@RequestParam(defaultValue = "false") boolean eraseText, RedirectAttributes redirect) {
        quoting.chooseOnErasure(eraseText, viewer());
        Flash.say(redirect, eraseText ? "If you erase your account, your quoted words go with your name."
                : "If you erase your account, your quoted words stay, said by “a member”.");
        return "redirect:/playbooks/mine";
    }

    @PostMapping("/playbooks/{slug}/coauthors/accept")
    String accept(@PathVariable String slug, RedirectAttributes redirect) {
        if (!coauthors.accept(slug, viewer())) {
            throw PlaybookNotFound.forSlug(slug);
        }
        Flash.say(redirect, "Welcome aboard: you can now edit this playbook.");
        return "redirect:/playbooks/" + slug + "/edit";
    }

    private static Viewer viewer() {
        return Viewers.current().orElseThrow(() -> NotAllowedToEditPlaybook.playbook("?"));
    }
}
