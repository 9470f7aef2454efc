package org.ccionetwork.news.resources;

import jakarta.validation.Valid;
import org.ccionetwork.news.NewsProperties;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
import org.ccionetwork.shared.PageOf;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors add, change and remove resources, and see how often each was downloaded. */
@Controller
class ResourceAdminController {

    private final ResourceService resources;
    private final NewsProperties properties;
    private final Topics topics;

    ResourceAdminController(ResourceService resources, NewsProperties properties, Topics topics) {
        this.resources = resources;
        this.properties = properties;
        this.topics = topics;
    }

    @GetMapping("/admin/resources")
    ModelAndView list(@RequestParam(required = false) Integer page) {
        return Views.page("news/admin-resources", new ResourcePages.AdminListPage(resources.page(null, PageOf.clamp(page))));
    }

    @GetMapping("/admin/resources/new")
    ModelAndView newResource() {
        return form(null, ResourceForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/resources")
    ModelAndView create(@Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        var checked = resources.check(form, file, null);
        if (result.hasErrors() || checked.errors().any()) {
            return form(null, form, merge(FormErrors.from(result), checked.errors()));
        }
        long id = resources.create(form, checked, Viewers.current().orElseThrow());
        Flash.say(redirect, "The resource has been added to the library.");
        return new ModelAndView("redirect:/resources/" + id);
    }

    @GetMapping("/admin/resources/{id}")
    ModelAndView edit(@PathVariable long id) {
        Resource resource = find(id);
        return form(resource, ResourceForm.of(resource), FormErrors.NONE);
    }

    @PostMapping("/admin/resources/{id}")
    ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        Resource resource = find(id);
        var checked = resources.check(form, file, resource);
        if (result.hasErrors() || checked.errors().any()) {
            return form(resource, form, merge(FormErrors.from(result), checked.errors()));
        }
        resources.update(resource, form, checked);
        Flash.say(redirect, "The resource has been saved.");
        return new ModelAndView("redirect:/resources/" + id);
    }

    @PostMapping("/admin/resources/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        resources.delete(find(id));
        Flash.say(redirect, "The resource has been removed from the library.");
        return "redirect:/admin/resources";
    }

    private ModelAndView form(Resource existing, ResourceForm form, FormErrors errors) {
        var page = new ResourcePages.FormPage(existing, form, errors, ResourceKind.values(),
                properties.maxUploadSize().toMegabytes(), topics.offered(form.topics()));
        return errors.any() ? Views.invalid("news/resource-form", page) : Views.page("news/resource-form", page);
    }

    private static FormErrors merge(FormErrors first, FormErrors second) {
        var all = new java.util.LinkedHashMap<>(first.byField());
        second.byField().forEach(all::putIfAbsent);
        return new FormErrors(all);
    }

    private Resource find(long id) {
        return resources.find(id).orElseThrow(() -> ResourceNotFound.forId(id));
    }
}
