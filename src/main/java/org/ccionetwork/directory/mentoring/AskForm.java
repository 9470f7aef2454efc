package org.ccionetwork.directory.mentoring;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.topics.Topic;

/** A member asking for a mentor. */
public record AskForm(
        @NotBlank(message = "Tell mentors what you would like to achieve") @Size(max = 2000, message = "Your goals must be 2,000 characters or fewer") String goals,
        @NotEmpty(message = "Select at least one topic") List<String> topics,
        String preferredRegion,
        Profession preferredProfession) {

    public static AskForm empty() {
        return new AskForm("", List.of(), null, null);
    }

    public boolean about(Topic topic) {
        return topics != null && topics.contains(topic.slug());
    }
}
