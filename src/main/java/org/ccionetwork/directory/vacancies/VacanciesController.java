package org.ccionetwork.directory.vacancies;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import org.ccionetwork.directory.vacancies.VacancyPages.VacanciesPage;
import org.ccionetwork.directory.vacancies.VacancyPages.VacancyFormPage;
import org.ccionetwork.directory.vacancies.VacancyPages.VacancyPage;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Dates;
import org.ccionetwork.shared.Feeds.Format;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open CCIO vacancies, a page for each, their feeds in JSON and Atom, and posting, editing and withdrawing them. */
@Controller
class VacanciesController {

    private static final CacheControl FEEDS = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final VacancyService vacancies;
    private final CcioProperties properties;

    VacanciesController(VacancyService vacancies, CcioProperties properties) {
        this.vacancies = vacancies;
        this.properties = properties;
    }

    @GetMapping("/vacancies")
    ModelAndView list(@RequestParam(required = false) String region, @RequestParam(required = false) String sector) {
        var listing = vacancies.open(region, sector);
        return Views.page("directory/vacancies", new VacanciesPage(listing.vacancies(), listing.region(),
                listing.sector(), editor()));
    }

    @GetMapping(value = "/api/v1/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Open CCIO vacancies at NHS providers, soonest closing first")
    ResponseEntity<List<VacancyItem>> json(@RequestParam(required = false) String region, @RequestParam(required = false) String sector) {
        return ResponseEntity.ok().cacheControl(FEEDS)
                .body(vacancies.open(region, sector).vacancies().stream().map(v -> VacancyItem.of(v, base())).toList());
    }

    @GetMapping(value = "/vacancies/feed.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) String region, @RequestParam(required = false) String sector) {
        String xml = VacancyFeed.write(vacancies.open(region, sector).vacancies(), base());
        return ResponseEntity.ok().contentType(Format.ATOM.mediaType()).cacheControl(FEEDS)
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/vacancies/new")
    ModelAndView form() {
        return Views.page("directory/vacancy-form", new VacancyFormPage(VacancyForm.empty(), FormErrors.NONE,
                vacancies.providers(), null, false));
    }

    @PostMapping("/vacancies")
    ModelAndView post(@Valid @ModelAttribute("form") VacancyForm form, BindingResult result, RedirectAttributes redirect) {
        Organisation organisation = organisation(form, result);
        if (result.hasErrors()) {
            return Views.invalid("directory/vacancy-form", new VacancyFormPage(form, FormErrors.from(result),
                    vacancies.providers(), null, false));
        }
        vacancies.post(organisation, form, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The vacancy is published until the end of " + Dates.date(form.closingOn()) + ".");
        return new ModelAndView("redirect:/vacancies");
    }

    /** A vacancy's own page: 200 while open; 410 Gone, saying it has closed, once closed or withdrawn. */
    @GetMapping("/vacancies/{id}")
    ModelAndView show(@PathVariable long id) {
        Vacancy vacancy = vacancies.get(id);
        boolean open = vacancy.openOn(vacancies.today());
        return Views.page("directory/vacancy", new VacancyPage(vacancy, open, editor()), open ? HttpStatus.OK : HttpStatus.GONE);
    }

    @GetMapping("/vacancies/{id}/edit")
    ModelAndView edit(@PathVariable long id) {
        Vacancy vacancy = vacancies.get(id);
        return Views.page("directory/vacancy-form", new VacancyFormPage(VacancyForm.of(vacancy), FormErrors.NONE,
                vacancies.providers(), vacancy, vacancy.openOn(vacancies.today())));
    }

    @PostMapping("/vacancies/{id}")
    ModelAndView save(@PathVariable long id, @Valid @ModelAttribute("form") VacancyForm form, BindingResult result,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.get(id);
        Organisation organisation = organisation(form, result);
        if (result.hasErrors()) {
            return Views.invalid("directory/vacancy-form", new VacancyFormPage(form, FormErrors.from(result),
                    vacancies.providers(), vacancy, vacancy.openOn(vacancies.today())));
        }
        var edited = vacancies.edit(id, organisation, form);
        Flash.say(redirect, (edited.reopened() ? "The vacancy is reopened" : "The vacancy is saved")
                + " and published until the end of " + Dates.date(form.closingOn()) + ".");
        return new ModelAndView("redirect:/vacancies/" + id);
    }

    @PostMapping("/vacancies/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        vacancies.withdraw(id);
        Flash.say(redirect, "The vacancy has been withdrawn.");
        return "redirect:/vacancies";
    }

    /** The organisation chosen from the register, or a message beside the field. */
    private Organisation organisation(VacancyForm form, BindingResult result) {
        Organisation organisation = vacancies.provider(form.organisation()).orElse(null);
        if (organisation == null && !result.hasFieldErrors("organisation")) {
            result.rejectValue("organisation", "unknown", "Select the organisation from the register");
        }
        return organisation;
    }

    private static boolean editor() {
        return Viewers.current().map(v -> v.isEditor()).orElse(false);
    }

    private String base() {
        return properties.link("");
    }
}
