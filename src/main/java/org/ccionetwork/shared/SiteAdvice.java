package org.ccionetwork.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Puts the {@link Site} into the model of every page, since jte sees no request attributes. */
@ControllerAdvice
class SiteAdvice {

    static final String FLASH = "flash";

    private final java.util.List<HeaderItem> headerItems;

    SiteAdvice(java.util.List<HeaderItem> headerItems) {
        this.headerItems = headerItems;
    }

    @ModelAttribute("site")
    Site site(HttpServletRequest request) {
        Site.Csrf csrf = null;
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            csrf = new Site.Csrf(() -> token);
        }
        var flashMap = RequestContextUtils.getInputFlashMap(request);
        String flash = flashMap == null ? null : (String) flashMap.get(FLASH);
        Viewer viewer = Viewers.current().orElse(null);
        var items = new Site.HeaderItems(() -> viewer == null ? java.util.List.<gg.jte.Content>of()
                : headerItems.stream().map(item -> item.render(viewer)).filter(java.util.Objects::nonNull).toList());
        return new Site(viewer, csrf, flash, request.getRequestURI(), items);
    }
}
