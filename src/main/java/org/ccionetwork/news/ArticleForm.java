package org.ccionetwork.news;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.shared.Dates;

/**
 * An article as an editor types it. {@code publication} is {@code DRAFT}, {@code NOW} or {@code SCHEDULE};
 * {@code publishAt} is London time and needed only to schedule.
 */
public record ArticleForm(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Enter a standfirst: one or two sentences that sum up the article")
        @Size(max = 600, message = "The standfirst must be 600 characters or fewer") String standfirst,
        @NotBlank(message = "Enter the body of the article")
        @Size(max = 100_000, message = "The body must be 100,000 characters or fewer") String body,
        @Size(max = 30, message = "Choose 30 topics or fewer") List<String> topics,
        @NotNull(message = "Choose whether to publish the article")
        @Pattern(regexp = "DRAFT|NOW|SCHEDULE", message = "Choose whether to publish the article") String publication,
        @Size(max = 30, message = "Enter a real date and time") String publishAt,
        Boolean membersOnly,
        Boolean featured) {

    public enum Publication { DRAFT, NOW, SCHEDULE }

    /** Text fields never null; unticked boxes false (browsers send nothing for them). */
    public ArticleForm {
        title = title == null ? "" : title;
        standfirst = standfirst == null ? "" : standfirst;
        body = body == null ? "" : body;
        topics = topics == null ? List.of() : List.copyOf(topics);
        membersOnly = Boolean.TRUE.equals(membersOnly);
        featured = Boolean.TRUE.equals(featured);
    }

    ArticleForm(String title, String standfirst, String body, List<String> topics, Publication publication,
            LocalDateTime publishAt, boolean membersOnly, boolean featured) {
        this(title, standfirst, body, topics, publication.name(),
                publishAt == null ? null : publishAt.withSecond(0).withNano(0).toString(), membersOnly, featured);
    }

    /** The choice of publication, or {@code null} when none was valid. */
    public Publication choice() {
        for (Publication value : Publication.values()) {
            if (value.name().equals(publication)) {
                return value;
            }
        }
        return null;
    }

    /** The publication time, or {@code null} when empty or not a date and time. */
    public LocalDateTime publishTime() {
        if (publishAt == null || publishAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishAt.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static ArticleForm empty() {
        return new ArticleForm("", "", "", List.of(), Publication.DRAFT, null, false, false);
    }

    static ArticleForm of(Article article, java.time.Instant now) {
        Publication publication = article.status() == ArticleStatus.DRAFT ? Publication.DRAFT
                : article.visibleAt(now) ? Publication.NOW : Publication.SCHEDULE;
        LocalDateTime at = article.publishedAt() == null ? null
                : LocalDateTime.ofInstant(article.publishedAt(), Dates.LONDON).withSecond(0).withNano(0);
        return new ArticleForm(article.title(), article.standfirst(), article.bodyMarkdown(),
                article.topics(), publication, at, article.membersOnly(), article.featured());
    }

    static ArticleForm of(ArticleRevision revision, Article current, java.time.Instant now) {
        ArticleForm form = of(current, now);
        return new ArticleForm(revision.title(), revision.standfirst(), revision.bodyMarkdown(),
                revision.topics(), form.publication(), form.publishAt(), revision.membersOnly(),
                revision.featured());
    }

    /** The value for an {@code input type="datetime-local"}. */
    public String publishAtValue() {
        return publishAt == null ? "" : publishAt;
    }
}
