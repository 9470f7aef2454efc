package org.ccionetwork.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.ccionetwork.campaign.CampaignPages.BackPage;
import org.ccionetwork.campaign.CampaignPages.BackersPage;
import org.ccionetwork.campaign.CampaignPages.MessagePage;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Backing the campaign, confirming by email, and the public list of backers. */
@Controller
class BackersController {

    private final BackerService backers;

    BackersController(BackerService backers) {
        this.backers = backers;
    }

    @GetMapping("/campaign/back")
    ModelAndView form() {
        return Views.page("campaign/back", new BackPage(BackForm.empty(), FormErrors.NONE));
    }

    @PostMapping("/campaign/back")
    ModelAndView back(@Valid @ModelAttribute("form") BackForm form, BindingResult result, HttpServletRequest request) {
        if (result.hasErrors()) {
            return Views.invalid("campaign/back", new BackPage(form, FormErrors.from(result)));
        }
        if (backers.back(form, request.getRemoteAddr()) == BackerService.Outcome.TOO_MANY) {
            return Views.page("campaign/back", new BackPage(form, FormErrors.of("name",
                    "Too many backings have come from your network in the last hour. Please try again later.")),
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        return Views.page("campaign/message", new MessagePage("Check your email",
                "We have sent a link to " + form.email().strip() + ". Follow it within 7 days to confirm your backing."));
    }

    @GetMapping("/campaign/back/confirm")
    ModelAndView confirm(@RequestParam(required = false) String token) {
        return switch (backers.confirm(token)) {
            case PUBLIC -> Views.page("campaign/message", new MessagePage("Thank you for backing the campaign",
                    "Your backing is confirmed and now appears on the list of backers."));
            case AWAITING_APPROVAL -> Views.page("campaign/message", new MessagePage("Thank you for backing the campaign",
                    "Your backing is confirmed. A moderator checks organisation backings before they appear; we will email you."));
            case INVALID -> Views.page("campaign/message", new MessagePage("This link is not valid",
                    "It may have been used already or have expired (links work for 7 days). You can back the campaign again."),
                    HttpStatus.BAD_REQUEST);
        };
    }

    @GetMapping("/campaign/backers")
    ModelAndView list() {
        Map<BackerKind, List<Backer>> byKind = new LinkedHashMap<>();
        for (BackerKind kind : BackerKind.values()) {
            byKind.put(kind, List.of());
        }
        byKind.putAll(backers.publicBackers().stream().collect(Collectors.groupingBy(Backer::kind)));
        return Views.page("campaign/backers", new BackersPage(byKind, backers.counts()));
    }
}
