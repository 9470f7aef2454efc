package org.ccionetwork.directory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ccionetwork.accounts.MemberDeleted;
import org.ccionetwork.accounts.PersonalData;
import org.ccionetwork.directory.mentoring.MentoringRepository;
import org.ccionetwork.directory.vacancies.VacancyRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The member's profile, mentoring and vacancies in their data download; erased with their account. */
@Component
class DirectoryPersonalData implements PersonalData {

    private final ProfileRepository profiles;
    private final MentoringRepository mentoring;
    private final VacancyRepository vacancies;

    DirectoryPersonalData(ProfileRepository profiles, MentoringRepository mentoring, VacancyRepository vacancies) {
        this.profiles = profiles;
        this.mentoring = mentoring;
        this.vacancies = vacancies;
    }

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Object exportFor(long memberId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("profile", profiles.find(memberId).orElse(null));
        data.put("mentoringOffer", mentoring.offer(memberId).orElse(null));
        data.put("mentoringRequests", mentoring.requestsOf(memberId));
        data.put("mentoringPairings", mentoring.pairingsOf(memberId));
        data.put("vacanciesPosted", vacancies.postedBy(memberId));
        return data;
    }

    /** Erases the profile, the offer and the requests; pairings with others lose their messages and feedback. */
    @ApplicationModuleListener
    void on(MemberDeleted event) {
        profiles.delete(event.memberId());
        mentoring.erase(event.memberId());
    }
}
