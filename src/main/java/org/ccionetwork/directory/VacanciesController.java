package org.ccionetwork.directory;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.validation.Valid;
import org.ccionetwork.directory.DirectoryPages.VacanciesPage;
import org.ccionetwork.directory.DirectoryPages.VacancyFormPage;
import org.ccionetwork.directory.DirectoryPages.VacancyPage;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.Organisations;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Dates;
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

    /** A vacancy in the JSON feed. */
    public record VacancyItem(long id, String title, String organisation, String odsCode, String sector, String region,
            String sessions, String closingOn, String applyUrl, String summary, String url, String postedAt, String updatedAt) {
        static VacancyItem of(Vacancy v, String base) {
            return new VacancyItem(v.id(), v.title(), v.organisationName(), v.odsCode(), v.sector(), v.region(), v.sessions(),
                    v.closingOn().toString(), v.applyUrl(), v.summary(), base + v.path(), v.createdAt().toString(),
                    v.updatedAt().toString());
        }
    }

    private final VacancyService vacancies;
    private final Organisations organisations;
    private final CcioProperties properties;

    VacanciesController(VacancyService vacancies, Organisations organisations, CcioProperties properties) {
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.properties = properties;
    }

    @GetMapping("/vacancies")
    ModelAndView list(@RequestParam(required = false) String region, @RequestParam(required = false) String sector) {
        String knownRegion = region != null && RegisterFilter.REGIONS.contains(region) ? region : null;
        String knownSector = sector != null && RegisterFilter.SECTORS.contains(sector) ? sector : null;
        boolean editor = Viewers.current().map(v -> v.isEditor()).orElse(false);
        return Views.page("directory/vacancies", new VacanciesPage(vacancies.open(knownRegion, knownSector), knownRegion,
                knownSector, editor));
    }

    @GetMapping(value = "/api/v1/vacancies", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "Open CCIO vacancies at NHS providers, soonest closing first")
    ResponseEntity<List<VacancyItem>> json(@RequestParam(required = false) String region, @RequestParam(required = false) String sector) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(vacancies.open(region, sector).stream().map(v -> VacancyItem.of(v, base())).toList());
    }

    @GetMapping(value = "/vacancies/feed.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) String region, @RequestParam(required = false) String sector)
            throws FeedException {
        String base = base();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("CCIO vacancies – CCIO Network");
        feed.setDescription("Open Chief Clinical Information Officer and related posts at NHS providers");
        feed.setLink(base + "/vacancies");
        feed.setUri(base + "/vacancies");
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "/vacancies/feed.atom");
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(base + "/vacancies");
        feed.setLinks(List.of(alternate, self));
        List<SyndEntry> entries = new ArrayList<>();
        Date newest = null;
        for (Vacancy v : vacancies.open(region, sector)) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(v.title() + ", " + v.organisationName());
            entry.setLink(base + v.path());
            entry.setUri(base + v.path());
            Date created = Date.from(v.createdAt());
            Date updated = Date.from(v.updatedAt());
            entry.setPublishedDate(created);
            entry.setUpdatedDate(updated);
            var content = new SyndContentImpl();
            content.setType("text");
            content.setValue(v.sessions() + ". Closes " + Dates.date(v.closingOn()) + ". " + v.organisationName() + " ("
                    + v.sectorLabel() + ", " + v.region() + ")." + (v.summary() == null ? "" : " " + v.summary()) + " Apply at "
                    + v.applyUrl());
            entry.setDescription(content);
            entries.add(entry);
            newest = newest == null || updated.after(newest) ? updated : newest;
        }
        feed.setEntries(entries);
        feed.setPublishedDate(newest == null ? Date.from(java.time.LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)) : newest);
        String xml = new SyndFeedOutput().outputString(feed);
        return ResponseEntity.ok().contentType(new MediaType("application", "atom+xml", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/vacancies/new")
    ModelAndView form() {
        return Views.page("directory/vacancy-form", new VacancyFormPage(VacancyForm.empty(), FormErrors.NONE,
                organisations.providers(), null, false));
    }

    @PostMapping("/vacancies")
    ModelAndView post(@Valid @ModelAttribute("form") VacancyForm form, BindingResult result, RedirectAttributes redirect) {
        Organisation organisation = organisation(form, result);
        if (result.hasErrors()) {
            return Views.invalid("directory/vacancy-form", new VacancyFormPage(form, FormErrors.from(result),
                    organisations.providers(), null, false));
        }
        vacancies.post(organisation, form, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The vacancy is published until the end of " + Dates.date(form.closingOn()) + ".");
        return new ModelAndView("redirect:/vacancies");
    }

    /** A vacancy's own page: 200 while open; 410 Gone, saying it has closed, once closed or withdrawn. */
    @GetMapping("/vacancies/{id}")
    ModelAndView show(@PathVariable long id) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
        boolean open = vacancy.openOn(vacancies.today());
        boolean editor = Viewers.current().map(v -> v.isEditor()).orElse(false);
        return Views.page("directory/vacancy", new VacancyPage(vacancy, open, editor), open ? HttpStatus.OK : HttpStatus.GONE);
    }

    @GetMapping("/vacancies/{id}/edit")
    ModelAndView edit(@PathVariable long id) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
        return Views.page("directory/vacancy-form", new VacancyFormPage(VacancyForm.of(vacancy), FormErrors.NONE,
                organisations.providers(), vacancy, vacancy.openOn(vacancies.today())));
    }

    @PostMapping("/vacancies/{id}")
    ModelAndView save(@PathVariable long id, @Valid @ModelAttribute("form") VacancyForm form, BindingResult result,
            RedirectAttributes redirect) {
        Vacancy vacancy = vacancies.find(id).orElseThrow(() -> VacancyNotFound.forId(id));
        Organisation organisation = organisation(form, result);
        if (result.hasErrors()) {
            return Views.invalid("directory/vacancy-form", new VacancyFormPage(form, FormErrors.from(result),
                    organisations.providers(), vacancy, vacancy.openOn(vacancies.today())));
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
        Organisation organisation = form.organisation() == null || form.organisation().isBlank() ? null
                : organisations.findByOdsCode(form.organisation()).filter(o -> o.retiredAt() == null && o.odsCode() != null).orElse(null);
        if (organisation == null && !result.hasFieldErrors("organisation")) {
            result.rejectValue("organisation", "unknown", "Select the organisation from the register");
        }
        return organisation;
    }

    private String base() {
        return properties.baseUrl().toString().replaceAll("/$", "");
    }
}
