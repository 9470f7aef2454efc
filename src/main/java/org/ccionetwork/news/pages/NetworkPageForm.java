package org.ccionetwork.news.pages;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An editor's change to one of the network's own pages. */
record NetworkPageForm(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Enter the text of the page") @Size(max = 50_000, message = "The text must be 50,000 characters or fewer") String body) {
}
