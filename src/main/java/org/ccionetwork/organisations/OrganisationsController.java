package org.ccionetwork.organisations;

import java.time.LocalDate;
import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.organisations.OrganisationPages.ClaimPage;
import org.ccionetwork.organisations.OrganisationPages.MyAppointmentsPage;
import org.ccionetwork.organisations.OrganisationPages.OrganisationPage;
import org.ccionetwork.organisations.OrganisationPages.RegisterPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public register of NHS providers, each provider's page, and claiming a CCIO appointment. */
@Controller
class OrganisationsController {

    static final int PAGE_SIZE = 25;

    private final OrganisationRepository organisations;
    private final Providers providers;
    private final AppointmentService service;
    private final List<OrganisationPanel> panels;
    private final org.ccionetwork.accounts.AssertedOrganisations asserted;

    OrganisationsController(OrganisationRepository organisations, Providers providers, AppointmentService service,
            org.springframework.beans.factory.ObjectProvider<OrganisationPanel> panels, org.ccionetwork.accounts.AssertedOrganisations asserted) {
        this.asserted = asserted;
        this.organisations = organisations;
        this.providers = providers;
        this.service = service;
        this.panels = panels.orderedStream().sorted(java.util.Comparator.comparingInt(OrganisationPanel::order)).toList();
    }

    @GetMapping("/organisations")
    ModelAndView register(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) Boolean hasCcio,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, HtmxRequest htmx) {
        var filter = new RegisterFilter(q, sector, region, hasCcio, sort, PageOf.clamp(page));
        var found = new PageOf<>(organisations.register(filter, PAGE_SIZE), filter.page(), PAGE_SIZE, organisations.count(filter));
        return Views.pageOrFragment(htmx, "results", "organisations/register", "organisations/register-results",
                new RegisterPage(found, filter));
    }

    @GetMapping("/organisations/{odsCode}")
    ModelAndView organisation(@PathVariable String odsCode) {
        Organisation organisation = providers.byOdsCode(odsCode);
        var ccios = providers.ccios(organisation);
        var viewer = Viewers.current();
        boolean openClaim = viewer.map(v -> service.hasOpenClaim(v.id(), organisation.id())).orElse(false);
        var contents = panels.stream().map(panel -> panel.render(organisation, viewer.orElse(null)))
                .filter(java.util.Objects::nonNull).toList();
        return Views.page("organisations/organisation", new OrganisationPage(organisation, ccios.current(), ccios.past(), ccios.pastNotShown(),
                organisation.retiredAt() == null, openClaim, contents));
    }

    @GetMapping("/organisations/{odsCode}/claim")
    ModelAndView claimForm(@PathVariable String odsCode) {
        return Views.page("organisations/claim", claimPage(providers.byOdsCode(odsCode), ClaimForm.empty(), FormErrors.NONE));
    }

    @PostMapping("/organisations/{odsCode}/claim")
    ModelAndView claim(@PathVariable String odsCode, @Valid @ModelAttribute("form") ClaimForm form, BindingResult result,
            RedirectAttributes redirect) {
        Organisation organisation = providers.byOdsCode(odsCode);
        Viewer me = Viewers.current().orElseThrow();
        service.check(me.id(), organisation, form, result);
        if (result.hasErrors()) {
            return Views.invalid("organisations/claim", claimPage(organisation, form, FormErrors.from(result)));
        }
        service.claim(me.id(), organisation, form);
        Flash.say(redirect, "Thank you. A moderator will check your claim and email you when it is decided.");
        return new ModelAndView("redirect:/organisations/" + organisation.odsCode());
    }

    /** The claim form offers first the organisations the member's sign-in provider says they work for. */
    private ClaimPage claimPage(Organisation organisation, ClaimForm form, FormErrors errors) {
        var mine = asserted.of(Viewers.current().orElseThrow().id());
        var yours = organisations.findByOdsCodes(mine.stream().map(org.ccionetwork.accounts.AssertedOrganisations.Asserted::odsCode)
                .distinct().toList());
        return new ClaimPage(organisation, form, errors, yours,
                org.ccionetwork.accounts.AssertedOrganisations.assertedBy(mine, organisation.odsCode()));
    }

    @GetMapping("/organisations/appointments/mine")
    ModelAndView mine() {
        return Views.page("organisations/mine", new MyAppointmentsPage(service.forMember(Viewers.current().orElseThrow().id())));
    }

    @PostMapping("/organisations/appointments/{id}/end")
    String end(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            RedirectAttributes redirect) {
        Viewer me = Viewers.current().orElseThrow();
        service.end(id, me.id(), me.isModerator(), endedOn);
        Flash.say(redirect, "The appointment has ended. It stays in the organisation's history.");
        return me.isModerator() && !service.forMember(me.id()).stream().anyMatch(a -> a.id() == id)
                ? "redirect:/admin/appointments" : "redirect:/organisations/appointments/mine";
    }
}
