package org.ccionetwork.standards;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.Viewers;
import org.ccionetwork.shared.Views;
import org.ccionetwork.standards.StandardsPages.MatrixFilter;
import org.ccionetwork.standards.StandardsPages.StandardsPage;
import org.ccionetwork.standards.StandardsPages.StatusFormPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national picture at {@code /standards}, and the form a provider's CCIO or a moderator sets a status with. */
@Controller
class StandardsController {

    private final NationalPicture picture;
    private final StatusService statuses;

    StandardsController(NationalPicture picture, StatusService statuses) {
        this.picture = picture;
        this.statuses = statuses;
    }

    @GetMapping("/standards")
    ModelAndView national(@RequestParam(required = false) String standard, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) Boolean hasCcio) {
        NationalFigures figures = picture.figures();
        var filter = new MatrixFilter(standard, sector, region, hasCcio);
        Standard focus = figures.standards().stream().filter(s -> s.slug().equals(filter.standard())).findFirst()
                .orElse(figures.standards().isEmpty() ? null : figures.standards().getFirst());
        var rows = figures.matrix().stream().filter(filter::keeps).toList();
        return Views.page("standards/national", new StandardsPage(figures, focus, filter, rows));
    }

    @GetMapping(StandardsAccessRules.STATUS_FORM)
    ModelAndView form(@PathVariable String odsCode, @PathVariable String slug) {
        Organisation provider = statuses.provider(odsCode);
        Standard standard = statuses.current(slug);
        mayChange(provider);
        var form = StatusForm.of(statuses.currentStatus(provider, standard));
        return Views.page("standards/status-form", new StatusFormPage(provider, standard, form, FormErrors.NONE, statuses.today()));
    }

    @PostMapping(StandardsAccessRules.STATUS_FORM)
    ModelAndView save(@PathVariable String odsCode, @PathVariable String slug, @ModelAttribute StatusForm form,
            RedirectAttributes redirect) {
        Organisation provider = statuses.provider(odsCode);
        Standard standard = statuses.current(slug);
        FormErrors errors = statuses.set(mayChange(provider), provider, standard, form);
        if (errors.any()) {
            return Views.invalid("standards/status-form", new StatusFormPage(provider, standard, form, errors, statuses.today()));
        }
        Flash.say(redirect, standard.name() + ": saved. Thank you for keeping your organisation's standards up to date.");
        return new ModelAndView("redirect:/organisations/" + provider.odsCode() + "#standards");
    }

    private Viewer mayChange(Organisation provider) {
        Viewer viewer = Viewers.current().orElse(null);
        if (!statuses.maySet(viewer, provider)) {
            throw StatusChangeNotAllowed.at(provider.odsCode());
        }
        return viewer;
    }
}
