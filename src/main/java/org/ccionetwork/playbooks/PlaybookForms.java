package org.ccionetwork.playbooks;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The playbook editor's forms, with British messages. */
public final class PlaybookForms {

    /** Addresses under /playbooks that are pages, not playbooks. */
    static final Set<String> RESERVED = Set.of("new", "mine", "quote", "suggestions");

    private PlaybookForms() {
    }

    public record DetailsForm(
            @NotBlank(message = "Enter a title") @Size(max = 150, message = "Title must be 150 characters or fewer") String title,
            @Size(max = 500, message = "Summary must be 500 characters or fewer") String summary,
            @NotBlank(message = "Choose a topic") String topic,
            Boolean membersOnly, Boolean published, Boolean substantial) {

        static DetailsForm empty() {
            return new DetailsForm("", "", "", false, false, false);
        }

        static DetailsForm of(Playbook playbook) {
            return new DetailsForm(playbook.title(), playbook.summary(), playbook.topicSlug(), playbook.membersOnly(),
                    playbook.published(), false);
        }

        String summaryOrEmpty() {
            return summary == null ? "" : summary.strip();
        }

        /** Ticked: an unticked box sends nothing at all. */
        public boolean isMembersOnly() {
            return Boolean.TRUE.equals(membersOnly);
        }

        public boolean isPublished() {
            return Boolean.TRUE.equals(published);
        }

        public boolean isSubstantial() {
            return Boolean.TRUE.equals(substantial);
        }
    }

    public record SectionForm(
            @Size(max = 150, message = "Heading must be 150 characters or fewer") String heading,
            @NotBlank(message = "Enter the section's text") @Size(max = 20000, message = "Section must be 20,000 characters or fewer") String body,
            Boolean substantial) {

        static SectionForm empty() {
            return new SectionForm("", "", false);
        }

        String headingOrNull() {
            return heading == null || heading.isBlank() ? null : heading.strip();
        }

        /** How the revision names the section: its heading in quotation marks, or "without a heading". */
        String label() {
            return headingOrNull() == null ? "without a heading" : "“" + headingOrNull() + "”";
        }

        public boolean isSubstantial() {
            return Boolean.TRUE.equals(substantial);
        }
    }
}
