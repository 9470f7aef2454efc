package org.ccionetwork.directory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.shared.Viewer;

/** A member's profile as stored, with every field; only {@link #seenBy} decides what a viewer gets. */
public record Profile(long memberId, String handle, String name, Profession profession, String jobTitle,
        Long organisationId, String organisationName, String sector, String region, List<Topic> interests,
        String biography, RegistrationBody registrationBody, String registrationNumber, List<String> links,
        Map<FieldGroup, Visibility> visibility, Instant updatedAt) {

    public Profile {
        interests = List.copyOf(interests);
        links = List.copyOf(links);
        var copy = new EnumMap<FieldGroup, Visibility>(FieldGroup.class);
        for (FieldGroup group : FieldGroup.values()) {
            copy.put(group, visibility.getOrDefault(group, Visibility.MEMBERS));
        }
        if (copy.get(FieldGroup.REGISTRATION) == Visibility.EVERYONE) {
            copy.put(FieldGroup.REGISTRATION, Visibility.MEMBERS);
        }
        visibility = java.util.Collections.unmodifiableMap(copy);
    }

    public Visibility visibilityOf(FieldGroup group) {
        return visibility.get(group);
    }

    /** Whether this viewer (null for a visitor) may see a group: the owner always; others by its setting and the listing's. */
    public boolean shows(FieldGroup group, Viewer viewer) {
        if (viewer != null && viewer.id() == memberId) {
            return true;
        }
        boolean signedIn = viewer != null;
        return visibilityOf(FieldGroup.LISTING).shownTo(signedIn) && visibilityOf(group).shownTo(signedIn);
    }

    /** What this viewer may see, with everything else left out, so no template or API can show it by mistake. */
    public ProfileView seenBy(Viewer viewer) {
        if (!shows(FieldGroup.LISTING, viewer)) {
            return null;
        }
        boolean role = shows(FieldGroup.ROLE, viewer);
        boolean interests = shows(FieldGroup.INTERESTS, viewer);
        boolean biography = shows(FieldGroup.BIOGRAPHY, viewer);
        boolean registration = shows(FieldGroup.REGISTRATION, viewer) && registrationBody != null;
        boolean links = shows(FieldGroup.LINKS, viewer);
        return new ProfileView(memberId, handle, name,
                role ? profession : null, role ? jobTitle : null, role ? organisationName : null,
                role ? organisationId : null, role ? sector : null, role ? region : null,
                interests ? this.interests : List.of(), biography ? this.biography : null,
                registration ? registrationBody : null, registration ? registrationNumber : null,
                links ? this.links : List.of(), role, viewer != null && viewer.id() == memberId);
    }
}
