package org.ccionetwork.directory.mentoring;

import jakarta.validation.Valid;
import org.ccionetwork.directory.DirectoryPages.Choices;
import org.ccionetwork.directory.mentoring.MentoringPages.AskPage;
import org.ccionetwork.directory.mentoring.MentoringPages.MentoringFiguresPage;
import org.ccionetwork.directory.mentoring.MentoringPages.MentoringPage;
import org.ccionetwork.directory.mentoring.MentoringPages.OfferPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mentoring dashboard, asking for a mentor, offering to mentor, answering and closing pairings. */
@Controller
class MentoringController {

    private final MentoringService mentoring;
    private final PairingService pairings;
    private final Topics topics;

    MentoringController(MentoringService mentoring, PairingService pairings, Topics topics) {
        this.mentoring = mentoring;
        this.pairings = pairings;
        this.topics = topics;
    }

    @GetMapping("/mentoring")
    ModelAndView dashboard() {
        return Views.page("directory/mentoring", new MentoringPage(mentoring.dashboard(me())));
    }

    @GetMapping("/mentoring/ask")
    ModelAndView askForm() {
        return Views.page("directory/ask", new AskPage(AskForm.empty(), FormErrors.NONE, choices(java.util.List.of())));
    }

    @PostMapping("/mentoring/ask")
    ModelAndView ask(@Valid @ModelAttribute("form") AskForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Views.invalid("directory/ask", new AskPage(form, FormErrors.from(result), choices(form.topics())));
        }
        mentoring.ask(me(), form);
        Flash.say(redirect, "Your request is saved. Choose a mentor from those proposed below.");
        return new ModelAndView("redirect:/mentoring");
    }

    @GetMapping("/mentoring/offer")
    ModelAndView offerForm() {
        Viewer me = me();
        if (!MentoringService.canOffer(me)) {
            throw MentoringNotAllowed.offerOnlyByCcios();
        }
        return Views.page("directory/offer", offerPage(OfferForm.of(mentoring.dashboard(me).offer()), FormErrors.NONE));
    }

    @PostMapping("/mentoring/offer")
    ModelAndView offer(@Valid @ModelAttribute("form") OfferForm form, BindingResult result, RedirectAttributes redirect) {
        Viewer me = me();
        if (!MentoringService.canOffer(me)) {
            throw MentoringNotAllowed.offerOnlyByCcios();
        }
        if (result.hasErrors()) {
            return Views.invalid("directory/offer", offerPage(form, FormErrors.from(result)));
        }
        mentoring.saveOffer(me, form);
        Flash.say(redirect, "Your offer to mentor has been saved.");
        return new ModelAndView("redirect:/mentoring");
    }

    @PostMapping("/mentoring/requests/{id}/send")
    String send(@PathVariable long id, @RequestParam long mentor, @RequestParam(required = false) String message,
            RedirectAttributes redirect) {
        boolean sent = pairings.send(me(), id, mentor, message);
        Flash.say(redirect, sent ? "Your request has been sent. We will email you when the mentor answers."
                : "That mentor is no longer available. Choose another from the list.");
        return "redirect:/mentoring";
    }

    @PostMapping("/mentoring/requests/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        mentoring.withdraw(me(), id);
        Flash.say(redirect, "Your request has been withdrawn.");
        return "redirect:/mentoring";
    }

    @PostMapping("/mentoring/pairings/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        Flash.say(redirect, pairings.accept(me(), id) ? "You have accepted. We have emailed you both."
                : "You have no place left. Raise your number of mentees on your offer, or decline.");
        return "redirect:/mentoring";
    }

    @PostMapping("/mentoring/pairings/{id}/decline")
    String decline(@PathVariable long id, RedirectAttributes redirect) {
        pairings.decline(me(), id);
        Flash.say(redirect, "You have declined the request. We have let the member know.");
        return "redirect:/mentoring";
    }

    @PostMapping("/mentoring/pairings/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        pairings.close(me(), id, feedback);
        Flash.say(redirect, "The pairing is closed. Thank you for your feedback.");
        return "redirect:/mentoring";
    }

    @GetMapping("/admin/mentoring")
    ModelAndView figures() {
        return Views.page("directory/admin-mentoring", new MentoringFiguresPage(mentoring.figures()));
    }

    private static Viewer me() {
        return Viewers.current().orElseThrow();
    }

    private OfferPage offerPage(OfferForm form, FormErrors errors) {
        return new OfferPage(form, errors, choices(form.topics()));
    }

    /** The topics offered: the current ones, and any retired one already chosen. */
    private Choices choices(java.util.List<String> chosen) {
        return new Choices(java.util.List.of(), topics.offered(chosen));
    }
}
