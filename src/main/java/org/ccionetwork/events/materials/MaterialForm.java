package org.ccionetwork.events.materials;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An editor adds a file to an event; the file itself comes beside the form. */
public record MaterialForm(
        @NotBlank(message = "Choose whether the file is slides or notes")
        @Pattern(regexp = "^(SLIDES|NOTES)?$", message = "Choose whether the file is slides or notes") String kind,
        @Size(max = 200, message = "Give a title of 200 characters or fewer") String title) {

    static MaterialForm empty() {
        return new MaterialForm("SLIDES", "");
    }

    MaterialKind materialKind() {
        return MaterialKind.valueOf(kind);
    }
}
