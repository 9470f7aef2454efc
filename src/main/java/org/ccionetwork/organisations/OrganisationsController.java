package org.ccionetwork.organisations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.organisations.OrganisationPages.ClaimPage;
import org.ccionetwork.organisations.OrganisationPages.CcioLine;
import org.ccionetwork.organisations.OrganisationPages.MyAppointmentsPage;
import org.ccionetwork.organisations.OrganisationPages.OrganisationPage;
import org.ccionetwork.organisations.OrganisationPages.RegisterPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public register of NHS providers, each provider's page, and claiming a CCIO appointment. */
@Controller
class OrganisationsController {

    static final int PAGE_SIZE = 25;

    private final OrganisationRepository organisations;
    private final AppointmentRepository appointments;
    private final AppointmentService service;
    private final MemberLookup members;
    private final List<OrganisationPanel> panels;

    OrganisationsController(OrganisationRepository organisations, AppointmentRepository appointments,
            AppointmentService service, MemberLookup members,
            org.springframework.beans.factory.ObjectProvider<OrganisationPanel> panels) {
        this.organisations = organisations;
        this.appointments = appointments;
        this.service = service;
        this.members = members;
        this.panels = panels.orderedStream().sorted(java.util.Comparator.comparingInt(OrganisationPanel::order)).toList();
    }

    @GetMapping("/organisations")
    ModelAndView register(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) Boolean hasCcio,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, HtmxRequest htmx) {
        var filter = new RegisterFilter(q, sector, region, hasCcio, sort, PageOf.clamp(page));
        var providers = new PageOf<>(organisations.register(filter, PAGE_SIZE), filter.page(), PAGE_SIZE, organisations.count(filter));
        return Views.pageOrFragment(htmx, "results", "organisations/register", "organisations/register-results",
                new RegisterPage(providers, filter));
    }

    @GetMapping("/organisations/{odsCode}")
    ModelAndView organisation(@PathVariable String odsCode) {
        Organisation organisation = provider(odsCode);
        var history = appointments.forOrganisation(organisation.id());
        Set<Long> ids = new HashSet<>();
        history.forEach(a -> ids.add(a.memberId()));
        var names = members.findAll(ids);
        List<CcioLine> current = new ArrayList<>();
        List<CcioLine> past = new ArrayList<>();
        var today = service.today();
        for (Appointment appointment : history) {
            if (appointment.status() != Appointment.Status.VERIFIED) {
                continue;
            }
            var member = names.get(appointment.memberId());
            String name = appointment.showName() && member != null ? member.name() : "Name not shown";
            (appointment.currentOn(today) ? current : past).add(new CcioLine(appointment, name));
        }
        var viewer = Viewers.current();
        boolean openClaim = viewer.map(v -> service.hasOpenClaim(v.id(), organisation.id())).orElse(false);
        var contents = panels.stream().map(panel -> panel.render(organisation, viewer.orElse(null)))
                .filter(java.util.Objects::nonNull).toList();
        return Views.page("organisations/organisation",
                new OrganisationPage(organisation, current, past, organisation.retiredAt() == null, openClaim, contents));
    }

    @GetMapping("/organisations/{odsCode}/claim")
    ModelAndView claimForm(@PathVariable String odsCode) {
        return Views.page("organisations/claim", new ClaimPage(provider(odsCode), ClaimForm.empty(), FormErrors.NONE));
    }

    @PostMapping("/organisations/{odsCode}/claim")
    ModelAndView claim(@PathVariable String odsCode, @Valid @ModelAttribute("form") ClaimForm form, BindingResult result,
            RedirectAttributes redirect) {
        Organisation organisation = provider(odsCode);
        Viewer me = Viewers.current().orElseThrow();
        if (organisation.retiredAt() != null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (form.endedOn() != null && form.startedOn() != null && form.endedOn().isBefore(form.startedOn())) {
            result.rejectValue("endedOn", "order", "The end date must be after the start date");
        }
        if (!result.hasErrors() && service.hasOpenClaim(me.id(), organisation.id())) {
            result.rejectValue("jobTitle", "duplicate", "You already have a claim or a current appointment at this organisation");
        }
        if (result.hasErrors()) {
            return Views.invalid("organisations/claim", new ClaimPage(organisation, form, FormErrors.from(result)));
        }
        service.claim(me.id(), organisation, form);
        Flash.say(redirect, "Thank you. A moderator will check your claim and email you when it is decided.");
        return new ModelAndView("redirect:/organisations/" + organisation.odsCode());
    }

    @GetMapping("/organisations/appointments/mine")
    ModelAndView mine() {
        return Views.page("organisations/mine", new MyAppointmentsPage(service.forMember(Viewers.current().orElseThrow().id())));
    }

    @PostMapping("/organisations/appointments/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false) String endedOn, RedirectAttributes redirect) {
        Viewer me = Viewers.current().orElseThrow();
        java.time.LocalDate end = service.today();
        if (endedOn != null && !endedOn.isBlank()) {
            try {
                end = java.time.LocalDate.parse(endedOn);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
            if (end.isAfter(service.today())) {
                end = service.today();
            }
        }
        service.end(id, me.id(), me.isModerator(), end);
        Flash.say(redirect, "The appointment has ended. It stays in the organisation's history.");
        return me.isModerator() && !service.forMember(me.id()).stream().anyMatch(a -> a.id() == id)
                ? "redirect:/admin/appointments" : "redirect:/organisations/appointments/mine";
    }

    private Organisation provider(String odsCode) {
        if (odsCode == null || !odsCode.matches("[A-Za-z0-9]{3,6}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return organisations.findByOdsCode(odsCode).filter(o -> o.kind() == OrganisationKind.NHS_PROVIDER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
