package org.ccionetwork.standards;

import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.Views;
import org.ccionetwork.standards.StandardsPages.AdminPage;
import org.ccionetwork.standards.StandardsPages.EditPage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors keep the list of standards: add one, change its name, description, link, kind or order, retire it. */
@Controller
class StandardsAdminController {

    private final StandardsService standards;

    StandardsAdminController(StandardsService standards) {
        this.standards = standards;
    }

    @GetMapping("/admin/standards")
    ModelAndView list() {
        return Views.page("standards/admin", new AdminPage(standards.all(), StandardForm.empty(), FormErrors.NONE));
    }

    @PostMapping("/admin/standards")
    ModelAndView create(@ModelAttribute StandardForm form, RedirectAttributes redirect) {
        FormErrors errors = standards.create(form);
        if (errors.any()) {
            return Views.invalid("standards/admin", new AdminPage(standards.all(), form, errors));
        }
        Flash.say(redirect, form.name() + " is added to the list of standards.");
        return new ModelAndView("redirect:/admin/standards");
    }

    @GetMapping("/admin/standards/{slug}")
    ModelAndView edit(@PathVariable String slug) {
        Standard standard = standards.bySlug(slug);
        return Views.page("standards/edit", new EditPage(standard, StandardForm.of(standard), FormErrors.NONE));
    }

    @PostMapping("/admin/standards/{slug}")
    ModelAndView update(@PathVariable String slug, @ModelAttribute StandardForm form, RedirectAttributes redirect) {
        Standard standard = standards.bySlug(slug);
        FormErrors errors = standards.update(standard, form);
        if (errors.any()) {
            return Views.invalid("standards/edit", new EditPage(standard, form, errors));
        }
        Flash.say(redirect, form.name() + " is saved.");
        return new ModelAndView("redirect:/admin/standards");
    }
}
