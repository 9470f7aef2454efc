package org.ccionetwork.shared;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A confirmation shown once on the page after a redirect. */
public final class Flash {

    private Flash() {
    }

    public static void say(RedirectAttributes attributes, String message) {
        attributes.addFlashAttribute(SiteAdvice.FLASH, message);
    }
}
