package org.ccionetwork.news.images;

import org.ccionetwork.shared.FormErrors;

/** After an image upload: the Markdown to paste, or what was wrong. */
public record ImageUploadPage(String markdown, String problem) {

    public FormErrors errors() {
        return problem == null ? FormErrors.NONE : FormErrors.of("image", problem);
    }
}
