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

/** Open CCIO vacancies, their feeds in JSON and Atom, and posting and withdrawing them. */
@Controller
class VacanciesController {

    /** A vacancy in the JSON feed. */
    public record VacancyItem(long id, String title, String organisation, String odsCode, String sector, String region,
            String sessions, String closingOn, String applyUrl, String summary) {
        static VacancyItem of(Vacancy v) {
            return new VacancyItem(v.id(), v.title(), v.organisationName(), v.odsCode(), v.sector(), v.region(), v.sessions(),
                    v.closingOn().toString(), v.applyUrl(), v.summary());
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
                .body(vacancies.open(region, sector).stream().map(VacancyItem::of).toList());
    }

    @GetMapping(value = "/vacancies/feed.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> atom(@RequestParam(required = false) String region, @RequestParam(required = false) String sector)
            throws FeedException {
        String base = properties.baseUrl().toString().replaceAll("/$", "");
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
            entry.setLink(v.applyUrl());
            entry.setUri(base + "/vacancies#vacancy-" + v.id());
            Date created = Date.from(v.createdAt());
            entry.setPublishedDate(created);
            entry.setUpdatedDate(created);
            var content = new SyndContentImpl();
            content.setType("text");
            content.setValue(v.sessions() + ". Closes " + Dates.date(v.closingOn()) + ". " + v.organisationName() + " ("
                    + v.sectorLabel() + ", " + v.region() + ")." + (v.summary() == null ? "" : " " + v.summary()));
            entry.setDescription(content);
            entries.add(entry);
            newest = newest == null || created.after(newest) ? created : newest;
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
        return Views.page("directory/vacancy-form", new VacancyFormPage(VacancyForm.empty(), FormErrors.NONE, organisations.providers()));
    }

    @PostMapping("/vacancies")
    ModelAndView post(@Valid @ModelAttribute("form") VacancyForm form, BindingResult result, RedirectAttributes redirect) {
        Organisation organisation = form.organisation() == null || form.organisation().isBlank() ? null
                : organisations.findByOdsCode(form.organisation()).filter(o -> o.retiredAt() == null && o.odsCode() != null).orElse(null);
        if (organisation == null && !result.hasFieldErrors("organisation")) {
            result.rejectValue("organisation", "unknown", "Select the organisation from the register");
        }
        if (result.hasErrors()) {
            return Views.invalid("directory/vacancy-form", new VacancyFormPage(form, FormErrors.from(result), organisations.providers()));
        }
        vacancies.post(organisation, form, Viewers.current().orElseThrow().id());
        Flash.say(redirect, "The vacancy is published until the end of " + Dates.date(form.closingOn()) + ".");
        return new ModelAndView("redirect:/vacancies");
    }

    @PostMapping("/vacancies/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        vacancies.withdraw(id);
        Flash.say(redirect, "The vacancy has been withdrawn.");
        return "redirect:/vacancies";
    }
}
