package org.ccionetwork.directory;

import java.util.List;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.shared.FormErrors;

/** The records behind the templates of profiles and the directory; mentoring and vacancies have their own. */
public final class DirectoryPages {

    private DirectoryPages() {
    }

    /** The choices every directory form offers; the topics are the current ones of the shared list. */
    public record Choices(List<Organisation> providers, List<Topic> topics) {
        public List<String> regions() {
            return RegisterFilter.REGIONS;
        }

        public List<Profession> professions() {
            return List.of(Profession.values());
        }

        public List<RegistrationBody> bodies() {
            return List.of(RegistrationBody.values());
        }

        public List<FieldGroup> groups() {
            return List.of(FieldGroup.values());
        }

        public String sectorLabel(String sector) {
            return Sector.labelOf(sector);
        }
    }

    public record DirectoryPage(DirectoryResults results, DirectorySearch search, Choices choices, boolean hasProfile) {
    }

    public record PersonPage(ListedProfile person) {
    }

    public record ProfileEditPage(ProfileForm form, FormErrors errors, String handle, Choices choices) {
    }
}
