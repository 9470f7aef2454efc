package org.ccionetwork.shared;

import java.util.Map;

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
}
