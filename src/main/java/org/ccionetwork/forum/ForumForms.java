package org.ccionetwork.forum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The forms for reading and posting, and for the forum's settings, with British messages. */
public final class ForumForms {

    private ForumForms() {
    }

    public record ThreadForm(
            @NotBlank(message = "Choose a category") String category,
            @NotBlank(message = "Enter a title") @Size(max = 150, message = "Title must be 150 characters or fewer") String title,
            @NotBlank(message = "Enter your post") @Size(max = 20000, message = "Post must be 20,000 characters or fewer") String body,
            Boolean question) {

        static ThreadForm empty(String category) {
            return new ThreadForm(category, "", "", false);
        }

        public boolean isQuestion() {
            return Boolean.TRUE.equals(question);
        }
    }

    public record ReplyForm(
            @NotBlank(message = "Enter your reply") @Size(max = 20000, message = "Reply must be 20,000 characters or fewer") String body) {
    }

    public record EditForm(
            @Size(max = 150, message = "Title must be 150 characters or fewer") String title,
            @NotBlank(message = "Enter your post") @Size(max = 20000, message = "Post must be 20,000 characters or fewer") String body) {
    }

    public record CategoryForm(
            @NotBlank(message = "Enter the address name") @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower case letters, digits and hyphens") @Size(max = 80, message = "Address name must be 80 characters or fewer") String slug,
            @NotBlank(message = "Enter the name") @Size(max = 80, message = "Name must be 80 characters or fewer") String name,
            @Size(max = 300, message = "Description must be 300 characters or fewer") String description,
            @Min(value = 0, message = "Position must be 0 or more") @Max(value = 1000, message = "Position must be 1000 or less") Integer position,
            Boolean chathamHouse,
            @Size(max = 30, message = "Choose 30 topics or fewer") java.util.List<String> topics) {

        public CategoryForm {
            topics = topics == null ? java.util.List.of() : java.util.List.copyOf(topics);
        }

        static CategoryForm empty() {
            return new CategoryForm("", "", "", 0, false, java.util.List.of());
        }

        /** The topics chosen (slugs of the shared list), without repeats. */
        java.util.List<String> topicKeys() {
            return topics.stream().distinct().toList();
        }

        /** Ticked: an unticked box sends nothing at all. */
        public boolean isChathamHouse() {
            return Boolean.TRUE.equals(chathamHouse);
        }

        String descriptionOrEmpty() {
            return description == null ? "" : description.strip();
        }

        int positionOrZero() {
            return position == null ? 0 : position;
        }
    }
}
