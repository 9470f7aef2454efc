package org.ccionetwork.directory.vacancies;

import java.util.List;

import org.ccionetwork.organisations.Organisation;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.shared.FormErrors;

/** The records behind the vacancy templates. */
public final class VacancyPages {

    private VacancyPages() {
    }

    public record VacanciesPage(List<Vacancy> vacancies, String region, String sector, boolean editor) {
        public List<String> regions() {
            return RegisterFilter.REGIONS;
        }

        public List<String> sectors() {
            return Sector.slugs();
        }

        public String sectorLabel(String sector) {
            return Sector.labelOf(sector);
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
