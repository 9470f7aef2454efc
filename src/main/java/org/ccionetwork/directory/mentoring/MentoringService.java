package org.ccionetwork.directory.mentoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.directory.DirectoryService;
import org.ccionetwork.directory.FieldGroup;
import org.ccionetwork.directory.ListedProfile;
import org.ccionetwork.directory.Profile;
import org.ccionetwork.directory.ProfileView;
import org.ccionetwork.directory.mentoring.Matching.Candidate;
import org.ccionetwork.directory.mentoring.Matching.Match;
import org.ccionetwork.directory.mentoring.Mentoring.Dashboard;
import org.ccionetwork.directory.mentoring.Mentoring.Offer;
import org.ccionetwork.directory.mentoring.Mentoring.Pairing;
import org.ccionetwork.directory.mentoring.Mentoring.PairingLine;
import org.ccionetwork.directory.mentoring.Mentoring.Request;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring: offers from CCIOs, requests from members and the mentors proposed for them; the pairings that follow
 * are in {@link PairingService}.
 */
@Service
class MentoringService {

    private final MentoringRepository mentoring;
    private final DirectoryService profiles;
    private final MemberLookup members;
    private final Topics topics;

    MentoringService(MentoringRepository mentoring, DirectoryService profiles, MemberLookup members, Topics topics) {
        this.mentoring = mentoring;
        this.profiles = profiles;
        this.members = members;
        this.topics = topics;
    }

    static boolean canOffer(Viewer viewer) {
        return viewer.has("CCIO");
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(Viewer me) {
        Offer offer = mentoring.offer(me.id()).orElse(null);
        Request open = mentoring.openRequestOf(me.id()).orElse(null);
        List<Pairing> pairings = mentoring.pairingsOf(me.id());
        Set<Long> asked = new HashSet<>();
        Set<Long> others = new HashSet<>();
        for (Pairing p : pairings) {
            others.add(p.mentorId() == me.id() ? p.menteeId() : p.mentorId());
            if (open != null && p.requestId() == open.id()) {
                asked.add(p.mentorId());
            }
        }
        var names = members.findAll(others);
        var handles = visibleHandles(others, me);
        Set<Long> receivedRequests = new HashSet<>();
        pairings.stream().filter(p -> p.mentorId() == me.id()).forEach(p -> receivedRequests.add(p.requestId()));
        Map<Long, String> requestGoals = new java.util.HashMap<>();
        mentoring.requests(receivedRequests).forEach(r -> requestGoals.put(r.id(), r.goals()));
        List<PairingLine> sent = new ArrayList<>();
        List<PairingLine> received = new ArrayList<>();
        List<PairingLine> current = new ArrayList<>();
        List<PairingLine> past = new ArrayList<>();
        for (Pairing p : pairings) {
            long other = p.mentorId() == me.id() ? p.menteeId() : p.mentorId();
            MemberSummary summary = names.get(other);
            var line = new PairingLine(p, summary == null ? "Former member" : summary.name(), handles.get(other),
                    p.mentorId() == me.id() ? requestGoals.get(p.requestId()) : null);
            if (p.accepted()) {
                current.add(line);
            } else if (p.asked() && p.mentorId() == me.id()) {
                received.add(line);
            } else if (p.asked()) {
                sent.add(line);
            } else {
                past.add(line);
            }
        }
        List<Match> matches = open == null ? List.of()
                : matches(open, me).stream().filter(m -> !asked.contains(m.mentor().mentorId())).limit(10).toList();
        return new Dashboard(canOffer(me), offer, open, matches, asked, sent, received, current, past,
                profiles.find(me.id()).isPresent());
    }

    private Map<Long, String> visibleHandles(Set<Long> memberIds, Viewer me) {
        Map<Long, String> handles = new java.util.HashMap<>();
        for (Profile profile : profiles.findAll(memberIds)) {
            if (profile.shows(FieldGroup.LISTING, me)) {
                handles.put(profile.memberId(), profile.handle());
            }
        }
        return handles;
    }

    /** Mentors with places left, ranked for this request, using only what the mentee may see of them. */
    List<Match> matches(Request request, Viewer me) {
        Map<Offer, Integer> offers = mentoring.openOffers(me.id());
        Set<Long> ids = new HashSet<>();
        offers.keySet().forEach(o -> ids.add(o.memberId()));
        Map<Long, ListedProfile> listed = new java.util.HashMap<>();
        profiles.listed(profiles.findAll(ids), me).forEach(l -> listed.put(l.profile().memberId(), l));
        List<Candidate> candidates = new ArrayList<>();
        offers.forEach((offer, placesLeft) -> {
            ListedProfile mentor = listed.get(offer.memberId());
            if (mentor != null) {
                ProfileView p = mentor.profile();
                candidates.add(new Candidate(offer.memberId(), p.name(), p.handle(), offer.topics(), p.sector(), p.region(),
                        p.profession(), placesLeft));
            }
        });
        Optional<Profile> mine = profiles.find(me.id());
        var wish = new Matching.Wish(request.topics(), request.preferredRegion(), request.preferredProfession(),
                mine.map(Profile::sector).orElse(null), mine.map(Profile::region).orElse(null));
        return Matching.rank(wish, candidates);
    }

    @Transactional
    void saveOffer(Viewer me, OfferForm form) {
        if (!canOffer(me)) {
            throw MentoringNotAllowed.offerOnlyByCcios();
        }
        mentoring.saveOffer(me.id(), topics.of(form.topics()), form.capacity(), blankToNull(form.note()), form.isActive());
    }

    @Transactional
    long ask(Viewer me, AskForm form) {
        mentoring.openRequestOf(me.id()).ifPresent(old -> mentoring.setRequestStatus(old.id(), "WITHDRAWN"));
        String region = form.preferredRegion() != null && RegisterFilter.REGIONS.contains(form.preferredRegion()) ? form.preferredRegion() : null;
        return mentoring.insertRequest(me.id(), form.goals().strip(), topics.of(form.topics()), region, form.preferredProfession());
    }

    @Transactional
    void withdraw(Viewer me, long requestId) {
        Request request = mentoring.request(requestId).orElseThrow(() -> MentoringNotFound.request(requestId));
        if (request.menteeId() != me.id()) {
            throw MentoringNotAllowed.notYourRequest(requestId);
        }
        mentoring.setRequestStatus(requestId, "WITHDRAWN");
    }

    Mentoring.Figures figures() {
        return mentoring.figures();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
