package org.ccionetwork.news.pages;

import jakarta.validation.Valid;
import org.ccionetwork.news.pages.NetworkPagesViews.NetworkPageView;
import org.ccionetwork.news.pages.NetworkPagesViews.PageFormPage;
import org.ccionetwork.news.pages.NetworkPagesViews.PartnersPage;
import org.ccionetwork.shared.Flash;
import org.ccionetwork.shared.FormErrors;
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

/** The network's own pages, about and partners, and the editors' form for them. */
@Controller
class NetworkPagesController {

    private final NetworkPageService pages;

    NetworkPagesController(NetworkPageService pages) {
        this.pages = pages;
    }

    @GetMapping("/about")
    ModelAndView about() {
        return Views.page("news/about", new NetworkPageView(pages.page("about")));
    }

    @GetMapping("/partners")
    ModelAndView partners() {
        return Views.page("news/partners", new PartnersPage(pages.page("partners"), pages.tiers(), pages.partnerLogos(),
                pages.sponsoredEvents()));
    }

    @GetMapping("/admin/news/pages/{slug}")
    ModelAndView edit(@PathVariable String slug) {
        NetworkPage page = find(slug);
        return Views.page("news/page-form", new PageFormPage(slug, page.title(), page.bodyMarkdown(),
                FormErrors.NONE, null));
    }

    @PostMapping("/admin/news/pages/{slug}")
    ModelAndView save(@PathVariable String slug, @Valid @ModelAttribute("form") NetworkPageForm form, BindingResult result,
            @RequestParam(required = false) String preview, RedirectAttributes redirect) {
        find(slug);
        if (result.hasErrors()) {
            return Views.invalid("news/page-form", new PageFormPage(slug, form.title(), form.body(),
                    FormErrors.from(result), null));
        }
        if (preview != null) {
            return Views.page("news/page-form", new PageFormPage(slug, form.title(), form.body(),
                    FormErrors.NONE, pages.preview(form.body())));
        }
        pages.save(slug, form.title(), form.body(), Viewers.current().orElseThrow());
        Flash.say(redirect, "The page has been saved.");
        return new ModelAndView("redirect:/" + slug);
    }

    private NetworkPage find(String slug) {
        if (!NetworkPageService.known(slug)) {
            throw NetworkPageNotFound.forSlug(slug);
        }
        return pages.page(slug);
    }
}
