package org.ccionetwork.organisations;

import jakarta.validation.Valid;
import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.organisations.OrganisationPages.AdminOrganisationsPage;
import org.ccionetwork.organisations.OrganisationPages.QueuePage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderators' queue of CCIO claims, and the administrators' changes to the register. */
@Controller
class OrganisationsAdminController {

    private final AppointmentRepository appointments;
    private final AppointmentService service;
    private final OrganisationRepository organisations;
    private final MemberLookup members;
    private final RegisterAdministration register;
    private final Providers providers;
    private final org.ccionetwork.accounts.AssertedOrganisations assertedOrganisations;

    OrganisationsAdminController(AppointmentRepository appointments, AppointmentService service,
            OrganisationRepository organisations, MemberLookup members, RegisterAdministration register,
            Providers providers, org.ccionetwork.accounts.AssertedOrganisations assertedOrganisations) {
        this.assertedOrganisations = assertedOrganisations;
        this.appointments = appointments;
        this.service = service;
        this.organisations = organisations;
        this.members = members;
        this.register = register;
        this.providers = providers;
    }

    @GetMapping("/admin/appointments")
    ModelAndView queue() {
        return queuePage(FormErrors.NONE, null, HttpStatus.OK);
    }

    @PostMapping("/admin/appointments/{id}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        service.verify(id, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The appointment is verified and the member has been emailed.");
        return "redirect:/admin/appointments";
    }

    @PostMapping("/admin/appointments/{id}/reject")
    ModelAndView reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            return queuePage(FormErrors.of("reason-" + id, reason == null || reason.isBlank()
                    ? "Give the reason, so the member knows what to do" : "The reason must be 1,000 characters or fewer"), id,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        service.reject(id, Viewers.current().orElseThrow().id(), reason.strip());
        Flash.say(redirect, "The claim is rejected and the member has been emailed with your reason.");
        return new ModelAndView("redirect:/admin/appointments");
    }

    @GetMapping("/admin/organisations")
    ModelAndView organisations(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page) {
        return adminPage(q, page, ProviderForm.empty(), FormErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/admin/organisations")
    ModelAndView add(@Valid @ModelAttribute("form") ProviderForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("sector") && !Sector.known(form.sector())) {
            result.rejectValue("sector", "unknown", "Select the sector");
        }
        if (!result.hasFieldErrors("region") && !RegisterFilter.REGIONS.contains(form.region())) {
            result.rejectValue("region", "unknown", "Select the region");
        }
        if (!result.hasFieldErrors("odsCode") && organisations.odsCodeTaken(form.odsCode())) {
            result.rejectValue("odsCode", "taken", "An organisation with this ODS code is already in the register");
        }
        if (result.hasErrors()) {
            return adminPage(null, 1, form, FormErrors.from(result), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        register.add(form);
        Flash.say(redirect, form.name().strip() + " has been added to the register.");
        return new ModelAndView("redirect:/admin/organisations");
    }

    @PostMapping("/admin/organisations/{odsCode}/retire")
    String retire(@PathVariable String odsCode, RedirectAttributes redirect) {
        register.retire(providers.byOdsCode(odsCode), true);
        Flash.say(redirect, "The organisation is retired: it stays in history but leaves the current figures.");
        return "redirect:/admin/organisations";
    }

    @PostMapping("/admin/organisations/{odsCode}/reinstate")
    String reinstate(@PathVariable String odsCode, RedirectAttributes redirect) {
        register.retire(providers.byOdsCode(odsCode), false);
        Flash.say(redirect, "The organisation is back in the current register.");
        return "redirect:/admin/organisations";
    }

    private ModelAndView queuePage(FormErrors errors, Long failedId, HttpStatus status) {
        var pending = appointments.pending(100);
        var names = members.findAll(pending.stream().map(Appointment::memberId).distinct().toList());
        var asserted = assertedOrganisations.forMembers(pending.stream().map(Appointment::memberId).distinct().toList());
        return Views.page("organisations/queue", new QueuePage(pending, appointments.countPending(), names, errors, failedId,
                asserted), status);
    }

    private ModelAndView adminPage(String q, Integer page, ProviderForm form, FormErrors errors, HttpStatus status) {
        var filter = new RegisterFilter(q, null, null, null, "name", PageOf.clamp(page));
        var listed = new PageOf<>(organisations.register(filter, 50), filter.page(), 50, organisations.count(filter));
        return Views.page("organisations/admin", new AdminOrganisationsPage(listed, organisations.retired(), form, errors,
                Sector.slugs(), RegisterFilter.REGIONS), status);
    }
}
