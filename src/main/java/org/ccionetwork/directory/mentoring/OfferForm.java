package org.ccionetwork.directory.mentoring;

import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.Topics;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A CCIO's offer to mentor. */
public record OfferForm(
        @NotEmpty(message = "Select at least one topic you can mentor on") List<String> topics,
        @NotNull(message = "Enter how many mentees you can take at a time") @Min(value = 0, message = "Enter a number from 0 to 10") @Max(value = 10, message = "Enter a number from 0 to 10") Integer capacity,
        @Size(max = 1000, message = "The note must be 1,000 characters or fewer") String note,
        Boolean active) {

    public static OfferForm of(Mentoring.Offer offer) {
        return offer == null ? new OfferForm(List.of(), 2, "", true)
                : new OfferForm(Topics.slugsOf(offer.topics()), offer.capacity(), offer.note(), offer.active());
    }

    public boolean offers(Topic topic) {
        return topics != null && topics.contains(topic.slug());
    }

    public boolean isActive() {
        return active == null || active;
    }
}
