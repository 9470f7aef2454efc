package org.ccionetwork.forum;

import jakarta.validation.Valid;
import org.ccionetwork.forum.ForumForms.CategoryForm;
import org.ccionetwork.forum.ForumPages.CategoriesPage;
import org.ccionetwork.forum.ForumPages.SponsorStaffPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
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

/** Administrators manage the forum's categories and say which members work for sponsors. */
@Controller
class ForumSettingsController {

    private final ForumAdministration administration;
    private final Topics topics;

    ForumSettingsController(ForumAdministration administration, Topics topics) {
        this.administration = administration;
        this.topics = topics;
    }

    @GetMapping("/admin/community/categories")
    ModelAndView categories() {
        return Views.page("forum/categories", new CategoriesPage(administration.categories(), CategoryForm.empty(),
                FormErrors.NONE, topics.all()));
    }

    @PostMapping("/admin/community/categories")
    ModelAndView add(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("slug") && administration.slugTaken(form.slug())) {
            result.rejectValue("slug", "taken", "A category already has this address name");
        }
        if (result.hasErrors()) {
            return Views.invalid("forum/categories", new CategoriesPage(administration.categories(), form,
                    FormErrors.from(result), topics.all()));
        }
        administration.addCategory(form);
        Flash.say(redirect, "The category " + form.name().strip() + " has been added.");
        return new ModelAndView("redirect:/admin/community/categories");
    }

    @PostMapping("/admin/community/categories/{id}")
    ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasFieldErrors("name") || result.hasFieldErrors("description") || result.hasFieldErrors("position")
                || result.hasFieldErrors("topics")) {
            return Views.invalid("forum/categories", new CategoriesPage(administration.categories(), form,
                    FormErrors.from(result), topics.all()));
        }
        administration.updateCategory(id, form);
        Flash.say(redirect, "The category has been saved.");
        return new ModelAndView("redirect:/admin/community/categories");
    }

    @GetMapping("/admin/community/sponsor-staff")
    ModelAndView sponsorStaff() {
        return Views.page("forum/sponsor-staff", new SponsorStaffPage(administration.sponsorStaff(), "", FormErrors.NONE));
    }

    @PostMapping("/admin/community/sponsor-staff")
    ModelAndView setSponsorStaff(@RequestParam(required = false) String email,
            @RequestParam(defaultValue = "true") boolean flag, RedirectAttributes redirect) {
        if (email == null || email.isBlank() || email.length() > 254 || !administration.setSponsorStaff(email, flag)) {
            return Views.invalid("forum/sponsor-staff", new SponsorStaffPage(administration.sponsorStaff(),
                    email, FormErrors.of("email", "Enter the email address of a member")));
        }
        Flash.say(redirect, flag ? "The member is marked as sponsor's staff: they cannot see Chatham House categories."
                : "The member is no longer marked as sponsor's staff.");
        return new ModelAndView("redirect:/admin/community/sponsor-staff");
    }
}
