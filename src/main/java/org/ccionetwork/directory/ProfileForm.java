package org.ccionetwork.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.topics.Topics;

/** The profile form: every field as typed, so a form with errors comes back as the member left it. */
public record ProfileForm(
        @NotNull(message = "Select your profession") Profession profession,
        @Size(max = 150, message = "Your job title must be 150 characters or fewer") String jobTitle,
        String organisation,
        @Size(max = 200, message = "The organisation must be 200 characters or fewer") String organisationOther,
        String region,
        List<String> interests,
        @Size(max = 2000, message = "Your biography must be 2,000 characters or fewer") String biography,
        RegistrationBody registrationBody,
        @Size(max = 20, message = "Enter a registration number of 20 characters or fewer") String registrationNumber,
        @Pattern(regexp = "^$|^https?://\\S{1,490}$", message = "Enter a web address starting with https://") String link1,
        @Pattern(regexp = "^$|^https?://\\S{1,490}$", message = "Enter a web address starting with https://") String link2,
        @Pattern(regexp = "^$|^https?://\\S{1,490}$", message = "Enter a web address starting with https://") String link3,
        Visibility listingVisibility, Visibility roleVisibility, Visibility interestsVisibility,
        Visibility biographyVisibility, Visibility registrationVisibility, Visibility linksVisibility) {

    public static ProfileForm empty(Profession profession, String organisationName) {
        return new ProfileForm(profession, "", null, organisationName, null, List.of(), "", null, "", "", "", "",
                Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS,
                Visibility.MEMBERS);
    }

    public static ProfileForm of(Profile p, String odsCode) {
        List<String> links = new ArrayList<>(p.links());
        while (links.size() < 3) {
            links.add("");
        }
        return new ProfileForm(p.profession(), p.jobTitle(), odsCode, odsCode == null ? p.organisationName() : "",
                p.region(), Topics.slugsOf(p.interests()), p.biography(), p.registrationBody(), p.registrationNumber(),
                links.get(0), links.get(1), links.get(2), p.visibilityOf(FieldGroup.LISTING),
                p.visibilityOf(FieldGroup.ROLE), p.visibilityOf(FieldGroup.INTERESTS), p.visibilityOf(FieldGroup.BIOGRAPHY),
                p.visibilityOf(FieldGroup.REGISTRATION), p.visibilityOf(FieldGroup.LINKS));
    }

    /** Problems Bean Validation cannot see: the registration number against its body's format, known values. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (region != null && !region.isBlank() && !RegisterFilter.REGIONS.contains(region)) {
            problems.put("region", "Select a region from the list");
        }
        boolean hasNumber = registrationNumber != null && !registrationNumber.isBlank();
        if (hasNumber && registrationBody == null) {
            problems.put("registrationBody", "Select the body you are registered with");
        } else if (registrationBody != null && !hasNumber) {
            problems.put("registrationNumber", "Enter your registration number");
        } else if (registrationBody != null && !registrationBody.accepts(registrationNumber)) {
            problems.put("registrationNumber", registrationBody.problem());
        }
        if (registrationVisibility == Visibility.EVERYONE) {
            problems.put("registrationVisibility", "Your registration number can be shown to members or to nobody, never publicly");
        }
        return problems;
    }

    public Visibility visibility(FieldGroup group) {
        Visibility chosen = switch (group) {
            case LISTING -> listingVisibility;
            case ROLE -> roleVisibility;
            case INTERESTS -> interestsVisibility;
            case BIOGRAPHY -> biographyVisibility;
            case REGISTRATION -> registrationVisibility;
            case LINKS -> linksVisibility;
        };
        return chosen == null ? Visibility.MEMBERS : chosen;
    }

    List<String> links() {
        List<String> links = new ArrayList<>();
        for (String link : List.of(nz(link1), nz(link2), nz(link3))) {
            if (!link.isBlank()) {
                links.add(link.strip());
            }
        }
        return links;
    }

    static String nz(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
