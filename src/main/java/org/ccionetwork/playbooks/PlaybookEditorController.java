package org.ccionetwork.playbooks;

import java.util.List;

import jakarta.validation.Valid;
import org.ccionetwork.forum.QuotablePost;
import org.ccionetwork.playbooks.PlaybookForms.DetailsForm;
import org.ccionetwork.playbooks.PlaybookForms.SectionForm;
import org.ccionetwork.playbooks.PlaybookPages.EditPage;
import org.ccionetwork.playbooks.PlaybookPages.NewPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.SearchQuery;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editor: a new playbook, its details, its sections and the quotes found by a search inside it. */
@Controller
class PlaybookEditorController {

    private final PlaybookService playbooks;
    private final PlaybookEditing editing;
    private final Quoting quoting;
    private final Coauthors coauthors;

    PlaybookEditorController(PlaybookService playbooks, PlaybookEditing editing, Quoting quoting, Coauthors coauthors) {
        this.playbooks = playbooks;
        this.editing = editing;
        this.quoting = quoting;
        this.coauthors = coauthors;
    }

    @GetMapping("/playbooks/new")
    ModelAndView newPlaybook() {
        PlaybookEditing.requireEditor(viewer(), "new");
        return Views.page("playbooks/new", new NewPage(DetailsForm.empty(), FormErrors.NONE, playbooks.topicChoices(null)));
    }

    @PostMapping("/playbooks")
    ModelAndView create(@Valid @ModelAttribute("form") DetailsForm form, BindingResult result, RedirectAttributes redirect) {
        PlaybookEditing.requireEditor(viewer(), "new");
        checkTopic(form, result);
        if (result.hasErrors()) {
            return Views.invalid("playbooks/new", new NewPage(form, FormErrors.from(result), playbooks.topicChoices(form.topic())));
        }
        Playbook playbook = editing.create(form, viewer());
        Flash.say(redirect, "“" + playbook.title() + "” has been saved. Add its sections and quotes below.");
        return new ModelAndView("redirect:/playbooks/" + playbook.slug() + "/edit");
    }

    @GetMapping("/playbooks/{slug}/edit")
    ModelAndView edit(@PathVariable String slug, @RequestParam(required = false) String q) {
        Playbook playbook = playbooks.editable(slug, viewer());
        return page(playbook, DetailsForm.of(playbook), FormErrors.NONE, 0, SectionForm.empty(), FormErrors.NONE, q, "",
                FormErrors.NONE);
    }

    @PostMapping("/playbooks/{slug}")
    ModelAndView saveDetails(@PathVariable String slug, @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult result, RedirectAttributes redirect) {
        Playbook playbook = playbooks.editable(slug, viewer());
        PlaybookEditing.requireEditor(viewer(), slug);
        checkTopic(form, result);
        if (result.hasErrors()) {
            return invalid(page(playbook, form, FormErrors.from(result), 0, SectionForm.empty(), FormErrors.NONE, null, "",
                    FormErrors.NONE));
        }
        editing.saveDetails(slug, form, viewer());
        Flash.say(redirect, "The details have been saved.");
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/sections")
    ModelAndView addSection(@PathVariable String slug, @Valid @ModelAttribute("section") SectionForm form,
            BindingResult result, RedirectAttributes redirect) {
        Playbook playbook = playbooks.editable(slug, viewer());
        if (result.hasErrors()) {
            return invalid(page(playbook, DetailsForm.of(playbook), FormErrors.NONE, 0, form, FormErrors.from(result), null,
                    "", FormErrors.NONE));
        }
        editing.addSection(slug, form, viewer());
        Flash.say(redirect, "The section has been added.");
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/sections/{id}")
    ModelAndView editSection(@PathVariable String slug, @PathVariable long id,
            @Valid @ModelAttribute("section") SectionForm form, BindingResult result, RedirectAttributes redirect) {
        Playbook playbook = playbooks.editable(slug, viewer());
        if (result.hasErrors()) {
            return invalid(page(playbook, DetailsForm.of(playbook), FormErrors.NONE, id, form, FormErrors.from(result), null,
                    "", FormErrors.NONE));
        }
        editing.editSection(slug, id, form, viewer());
        Flash.say(redirect, "The section has been saved.");
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/parts/{id}/delete")
    ModelAndView remove(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        editing.remove(slug, id, viewer());
        Flash.say(redirect, "The part has been removed; its revision is kept.");
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/parts/{id}/move")
    ModelAndView move(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "up") String direction) {
        editing.move(slug, id, !"down".equals(direction), viewer());
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/quotes")
    ModelAndView quote(@PathVariable String slug, @RequestParam long post, RedirectAttributes redirect) {
        var added = quoting.add(slug, post, viewer());
        Flash.say(redirect, switch (added) {
            case ADDED -> "The quote has been added. Its author has been asked whether they may be named.";
            case ALREADY_THERE -> "That post is already quoted in this playbook.";
            case NO_SUCH_POST -> "That post cannot be quoted: it is not published, or you cannot see it.";
        });
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/coauthors")
    ModelAndView invite(@PathVariable String slug, @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        Playbook playbook = playbooks.editable(slug, viewer());
        String problem = email.isBlank() ? "Enter the email address of a verified CCIO" : switch (coauthors.invite(slug, email, viewer())) {
            case INVITED -> null;
            case ALREADY_INVITED -> "That member has been invited already";
            case NO_SUCH_MEMBER -> "There is no member with that email address";
            case NOT_A_VERIFIED_CCIO -> "Only verified CCIOs can be invited as co-authors";
        };
        if (problem != null) {
            return invalid(page(playbook, DetailsForm.of(playbook), FormErrors.NONE, 0, SectionForm.empty(), FormErrors.NONE,
                    null, email, FormErrors.of("email", problem)));
        }
        Flash.say(redirect, "The invitation has been sent.");
        return back(slug);
    }

    @PostMapping("/playbooks/{slug}/coauthors/{memberId}/remove")
    ModelAndView removeCoauthor(@PathVariable String slug, @PathVariable long memberId, RedirectAttributes redirect) {
        coauthors.remove(slug, memberId, viewer());
        Flash.say(redirect, "The co-author has been removed.");
        return back(slug);
    }

    private ModelAndView page(Playbook playbook, DetailsForm details, FormErrors detailsErrors, long editing,
            SectionForm section, FormErrors sectionErrors, String q, String invite, FormErrors inviteErrors) {
        Viewer viewer = viewer();
        String words = SearchQuery.tidy(q);
        String problem = words.isEmpty() ? null : SearchQuery.problem(words).orElse(null);
        List<QuotablePost> found = words.isEmpty() || problem != null ? List.of() : quoting.search(viewer, words);
        return Views.page("playbooks/edit", new EditPage(playbook, playbooks.views(playbooks.blocksOf(playbook), viewer),
                viewer.isEditor(), playbooks.topicChoices(details.topic()), details, detailsErrors, editing, section,
                sectionErrors, words, found, problem, coauthors.of(playbook), invite, inviteErrors));
    }

    private void checkTopic(DetailsForm form, BindingResult result) {
        if (form.topic() != null && !form.topic().isBlank() && !playbooks.knownTopic(form.topic())) {
            result.rejectValue("topic", "unknown", "Choose a topic from the list");
        }
    }

    private static ModelAndView invalid(ModelAndView page) {
        page.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private static ModelAndView back(String slug) {
        return new ModelAndView("redirect:/playbooks/" + slug + "/edit");
    }

    private static Viewer viewer() {
        return Viewers.current().orElseThrow(() -> NotAllowedToEditPlaybook.playbook("?"));
    }
}
