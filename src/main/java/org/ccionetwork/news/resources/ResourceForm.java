package org.ccionetwork.news.resources;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A resource as an editor describes it; the file comes beside the form, or a link is given instead. */
public record ResourceForm(
        @NotBlank(message = "Enter a title") @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
        @NotBlank(message = "Enter a description") @Size(max = 2000, message = "The description must be 2,000 characters or fewer") String description,
        @NotNull(message = "Choose the kind of resource")
        @Pattern(regexp = "GUIDE|TEMPLATE|SLIDES|LINK", message = "Choose the kind of resource") String kind,
        @Size(max = 30, message = "Choose 30 topics or fewer") List<String> topics,
        Boolean membersOnly,
        @Size(max = 2000, message = "The link must be 2,000 characters or fewer") String externalUrl) {

    /** Text fields never null; an unticked box false (browsers send nothing for it). */
    public ResourceForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        topics = topics == null ? List.of() : List.copyOf(topics);
        externalUrl = externalUrl == null ? "" : externalUrl;
        membersOnly = Boolean.TRUE.equals(membersOnly);
    }

    ResourceForm(String title, String description, ResourceKind kind, List<String> topics, boolean membersOnly, String externalUrl) {
        this(title, description, kind.name(), topics, membersOnly, externalUrl);
    }

    static ResourceForm empty() {
        return new ResourceForm("", "", ResourceKind.GUIDE, List.of(), false, "");
    }

    static ResourceForm of(Resource resource) {
        return new ResourceForm(resource.title(), resource.description(), resource.kind(),
                resource.topics(), resource.membersOnly(),
                resource.externalUrl() == null ? "" : resource.externalUrl());
    }

    public String linkValue() {
        return externalUrl == null ? "" : externalUrl;
    }
}
