package org.ccionetwork.shared;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** Builds the view of a template whose one parameter is {@code page}. */
public final class Views {

    private Views() {
    }

    public static ModelAndView page(String template, Object page) {
        return new ModelAndView(template, Map.of("page", page));
    }

    public static ModelAndView page(String template, Object page, HttpStatus status) {
        return new ModelAndView(template, Map.of("page", page), status);
    }

    /** A form shown again with what the person typed and what was wrong. */
    public static ModelAndView invalid(String template, Object page) {
        return page(template, page, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /**
     * The same address serving the full page or, for an htmx request aimed at the element {@code target}
     * (its {@code HX-Target} header), only the fragment that replaces that element: a search box that filters
     * as people type then keeps its focus. Both templates take the same {@code page}.
     */
    public static ModelAndView pageOrFragment(HtmxRequest htmx, String target, String pageTemplate,
            String fragmentTemplate, Object page) {
        boolean fragment = htmx != null && htmx.isHtmxRequest() && target.equals(htmx.getTarget());
        return page(fragment ? fragmentTemplate : pageTemplate, page);
    }
}
