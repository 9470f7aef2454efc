package org.ccionetwork.directory;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.directory.DirectoryPages.Choices;
import org.ccionetwork.directory.DirectoryPages.DirectoryPage;
import org.ccionetwork.directory.DirectoryPages.PersonPage;
import org.ccionetwork.directory.DirectoryPages.ProfileEditPage;
import org.ccionetwork.organisations.Organisations;
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

/** The members' directory, each member's profile page, and editing one's own profile. */
@Controller
class DirectoryController {

    private final DirectoryService directory;
    private final Organisations organisations;
    private final MemberLookup members;
    private final Topics topics;

    DirectoryController(DirectoryService directory, Organisations organisations, MemberLookup members, Topics topics) {
        this.directory = directory;
        this.organisations = organisations;
        this.members = members;
        this.topics = topics;
    }

    @GetMapping("/directory")
    ModelAndView search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String profession, @RequestParam(required = false) String interest,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) Boolean ccio,
            @RequestParam(required = false) Integer page, HtmxRequest htmx) {
        Viewer me = Viewers.current().orElseThrow();
        var search = DirectorySearch.of(q, region, profession, interest, organisation, ccio, page, topics);
        var result = new DirectoryPage(directory.search(search, me), search, choices(), directory.find(me.id()).isPresent());
        return Views.pageOrFragment(htmx, "results", "directory/directory", "directory/results", result);
    }

    @GetMapping("/people/{handle}")
    ModelAndView person(@PathVariable String handle) {
        var person = directory.view(handle, Viewers.current().orElse(null)).orElseThrow(() -> ProfileNotFound.forHandle(handle));
        return Views.page("directory/person", new PersonPage(person));
    }

    @GetMapping("/directory/profile")
    ModelAndView edit() {
        Viewer me = Viewers.current().orElseThrow();
        directory.refreshName(me.id());
        var form = directory.find(me.id()).map(p -> ProfileForm.of(p, odsCode(p.organisationId())))
                .orElseGet(() -> {
                    var member = members.find(me.id()).orElseThrow();
                    return ProfileForm.empty(profession(member.profession()), member.organisation());
                });
        return Views.page("directory/profile-form", new ProfileEditPage(form, FormErrors.NONE, handle(me), choices(form.interests())));
    }

    @PostMapping("/directory/profile")
    ModelAndView save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, RedirectAttributes redirect) {
        Viewer me = Viewers.current().orElseThrow();
        form.problems().forEach((field, message) -> {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "invalid", message);
            }
        });
        if (result.hasErrors()) {
            return Views.invalid("directory/profile-form", new ProfileEditPage(form, FormErrors.from(result), handle(me), choices(form.interests())));
        }
        Profile saved = directory.save(me.id(), form);
        Flash.say(redirect, "Your profile has been saved.");
        return new ModelAndView("redirect:/people/" + saved.handle());
    }

    private String handle(Viewer me) {
        return directory.find(me.id()).map(Profile::handle).orElse(null);
    }

    private String odsCode(Long organisationId) {
        return organisationId == null ? null : organisations.findById(organisationId).map(o -> o.odsCode()).orElse(null);
    }

    private Choices choices() {
        return new Choices(organisations.providers(), topics.current());
    }

    /** The choices of a form, offering too any retired topic the member already has. */
    private Choices choices(java.util.List<String> chosen) {
        return new Choices(organisations.providers(), topics.offered(chosen));
    }

    private static Profession profession(String label) {
        for (Profession profession : Profession.values()) {
            if (profession.label().equals(label)) {
                return profession;
            }
        }
        return null;
    }
}
