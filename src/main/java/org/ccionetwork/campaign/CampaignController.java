package org.ccionetwork.campaign;

import org.ccionetwork.campaign.CampaignPages.ApprovalPage;
import org.ccionetwork.campaign.CampaignPages.ProgressPage;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The campaign's progress page and the moderators' queue of organisation backings. */
@Controller
class CampaignController {

    private final Organisations organisations;
    private final BackerService backers;
    private final java.util.List<org.ccionetwork.shared.CampaignSection> sections;

    CampaignController(Organisations organisations, BackerService backers,
            org.springframework.beans.factory.ObjectProvider<org.ccionetwork.shared.CampaignSection> sections) {
        this.organisations = organisations;
        this.backers = backers;
        this.sections = sections.orderedStream()
                .sorted(java.util.Comparator.comparingInt(org.ccionetwork.shared.CampaignSection::order)).toList();
    }

    @GetMapping("/campaign")
    ModelAndView progress() {
        var viewer = Viewers.current().orElse(null);
        var contents = sections.stream().map(section -> section.render(viewer)).filter(java.util.Objects::nonNull).toList();
        return Views.page("campaign/progress", new ProgressPage(organisations.figures(), backers.counts(), contents));
    }

    @GetMapping("/admin/backers")
    ModelAndView approvals() {
        return Views.page("campaign/approvals", new ApprovalPage(backers.awaitingApproval()));
    }

    @PostMapping("/admin/backers/{id}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        backers.decide(id, true, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The backing is approved and now shows on the public list.");
        return "redirect:/admin/backers";
    }

    @PostMapping("/admin/backers/{id}/reject")
    String reject(@PathVariable long id, RedirectAttributes redirect) {
        backers.decide(id, false, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The backing is rejected; it will not show.");
        return "redirect:/admin/backers";
    }
}
