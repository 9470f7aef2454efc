package org.ccionetwork.directory;

import java.util.List;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.topics.Topic;

/**
 * A profile as one viewer may see it: fields they may not see are {@code null} or empty. Pages and the API
 * are built only from this.
 *
 * @param roleShown whether the role group (and so the CCIO appointments) may be shown
 * @param own whether the viewer is the member
 */
public record ProfileView(long memberId, String handle, String name, Profession profession, String jobTitle,
        String organisationName, Long organisationId, String sector, String region, List<Topic> interests,
        String biography, RegistrationBody registrationBody, String registrationNumber, List<String> links,
        boolean roleShown, boolean own) {

    public String professionLabel() {
        return profession == null ? null : profession.label();
    }

    /** "Chief Clinical Information Officer, Leeds Teaching Hospitals NHS Trust", from whatever is shown. */
    public String roleLine() {
        StringBuilder line = new StringBuilder();
        if (jobTitle != null && !jobTitle.isBlank()) {
            line.append(jobTitle);
        }
        if (organisationName != null && !organisationName.isBlank()) {
            line.append(line.isEmpty() ? "" : ", ").append(organisationName);
        }
        return line.toString();
    }
}
