package org.ccionetwork.directory;

import java.util.List;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.topics.Topic;
import org.ccionetwork.shared.FormErrors;

/** The records behind the directory module's templates. */
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
            return RegisterFilter.sectorLabel(sector);
        }
    }

    public record DirectoryPage(DirectoryResults results, DirectorySearch search, Choices choices, boolean hasProfile) {
    }

    public record PersonPage(ListedProfile person) {
    }

    public record ProfileEditPage(ProfileForm form, FormErrors errors, String handle, Choices choices) {
    }

    public record MentoringPage(Mentoring.Dashboard dashboard) {
    }

    public record AskPage(AskForm form, FormErrors errors, Choices choices) {
    }

    public record OfferPage(OfferForm form, FormErrors errors, Choices choices) {
    }

    public record MentoringFiguresPage(Mentoring.Figures figures) {
    }

    public record VacanciesPage(List<Vacancy> vacancies, String region, String sector, boolean editor) {
        public List<String> regions() {
            return RegisterFilter.REGIONS;
        }

        public List<String> sectors() {
            return RegisterFilter.SECTORS;
        }

        public String sectorLabel(String sector) {
            return RegisterFilter.sectorLabel(sector);
        }
    }

    /** The vacancy form; {@code vacancy} is the one being edited, or null when posting a new one. */
    public record VacancyFormPage(VacancyForm form, FormErrors errors, List<Organisation> providers, Vacancy vacancy,
            boolean open) {
        public boolean editing() {
            return vacancy != null;
        }

        public String action() {
            return editing() ? vacancy.path() : "/vacancies";
        }
    }

    /** One vacancy; a closed or withdrawn one says so and shows no link to apply. */
    public record VacancyPage(Vacancy vacancy, boolean open, boolean editor) {
    }
}
