package org.ccionetwork.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A confirmation shown once on the page after a redirect. */
public final class Flash {

    private Flash() {
    }

    public static void say(RedirectAttributes attributes, String message) {
        attributes.addFlashAttribute(SiteModel.FLASH, message);
    }

    /** For an answer a script follows with its own navigation to {@code path} (no redirect to carry it). */
    public static void sayOn(String path, String message, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
        flash.put(SiteModel.FLASH, message);
        org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(path, request, response);
    }
}
