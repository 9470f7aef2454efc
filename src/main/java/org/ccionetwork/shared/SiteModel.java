package org.ccionetwork.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Puts the {@link Site} into the model of every page, since jte sees no request attributes: after the
 * controller method, for every view rendered by name (not a redirect or a forward), error pages included. An
 * interceptor rather than a {@code @ModelAttribute} method of a controller advice, which Spring MVC wraps anew
 * for every request, its annotations looked up again each time (3% of the thread page's CPU).
 */
@Configuration(proxyBeanMethods = false)
class SiteModel implements WebMvcConfigurer {

    static final String FLASH = "flash";

    private final java.util.List<HeaderItem> headerItems;

    SiteModel(java.util.List<HeaderItem> headerItems) {
        this.headerItems = headerItems;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView view) {
                if (view != null && isPage(view.getViewName()) && !view.getModelMap().containsAttribute("site")) {
                    view.addObject("site", site(request));
                }
            }
        });
    }

    private static boolean isPage(String viewName) {
        return viewName != null && !viewName.startsWith("redirect:") && !viewName.startsWith("forward:");
    }

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
