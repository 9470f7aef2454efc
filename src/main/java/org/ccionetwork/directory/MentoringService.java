package org.ccionetwork.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.directory.Matching.Candidate;
import org.ccionetwork.directory.Matching.Match;
import org.ccionetwork.directory.Mentoring.Dashboard;
import org.ccionetwork.directory.Mentoring.Offer;
import org.ccionetwork.directory.Mentoring.Pairing;
import org.ccionetwork.directory.Mentoring.PairingLine;
import org.ccionetwork.directory.Mentoring.Request;
import org.ccionetwork.organisations.RegisterFilter;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.Viewer;
import org.ccionetwork.shared.topics.Topics;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mentoring: offers from CCIOs, requests from members, proposed matches, and the pairings that follow. */
@Service
class MentoringService {

    private final MentoringRepository mentoring;
    private final ProfileRepository profiles;
    private final DirectoryService directory;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final Clock clock;
    private final Topics topics;

    MentoringService(MentoringRepository mentoring, ProfileRepository profiles, DirectoryService directory,
            MemberLookup members, Outbox outbox, CcioProperties properties, Clock clock, Topics topics) {
        this.mentoring = mentoring;
        this.profiles = profiles;
        this.directory = directory;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
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
        directory.listed(profiles.findAll(ids), me).forEach(l -> listed.put(l.profile().memberId(), l));
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
        mentoring.saveOffer(me.id(), topics.of(form.topics()), form.capacity(), ProfileForm.blankToNull(form.note()), form.isActive());
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

    /** Sends the request to one of its proposed mentors; false when they are no longer proposed. */
    @Transactional
    boolean send(Viewer me, long requestId, long mentorId, String message) {
        Request request = mentoring.request(requestId).orElseThrow(() -> MentoringNotFound.request(requestId));
        if (request.menteeId() != me.id()) {
            throw MentoringNotAllowed.notYourRequest(requestId);
        }
        if (!request.open()) {
            return false;
        }
        Optional<Match> match = matches(request, me).stream().filter(m -> m.mentor().mentorId() == mentorId).findFirst();
        if (match.isEmpty()) {
            return false;
        }
        String note = ProfileForm.blankToNull(message);
        if (note != null && note.length() > 1000) {
            note = note.substring(0, 1000);
        }
        if (!mentoring.insertPairing(requestId, mentorId, me.id(), note, match.get().score())) {
            return true;
        }
        tell(mentorId, "A member asks you to mentor them", me.name() + " would like you to mentor them.\n\nTheir goals:\n"
                + request.goals() + (note == null ? "" : "\n\nTheir message:\n" + note)
                + "\n\nAccept or decline at " + link("/mentoring"));
        return true;
    }

    /** Accepts a request as its mentor; false when no place is left. */
    @Transactional
    boolean accept(Viewer me, long pairingId) {
        Pairing pairing = asMentor(me, pairingId);
        Offer offer = mentoring.lockOffer(me.id()).orElse(null);
        if (offer == null || mentoring.acceptedCount(me.id()) >= offer.capacity()) {
            return false;
        }
        mentoring.decide(pairingId, "ACCEPTED", clock.instant());
        mentoring.setRequestStatus(pairing.requestId(), "PAIRED");
        String mentor = me.name();
        String mentee = members.find(pairing.menteeId()).map(MemberSummary::name).orElse("your mentee");
        tell(pairing.menteeId(), mentor + " has agreed to mentor you", mentor + " has accepted your request for mentoring. "
                + "Your pairing is on your mentoring page: " + link("/mentoring"));
        tell(me.id(), "You are now mentoring " + mentee, "You have accepted " + mentee + "'s request for mentoring. "
                + "Your pairing is on your mentoring page: " + link("/mentoring"));
        return true;
    }

    @Transactional
    void decline(Viewer me, long pairingId) {
        Pairing pairing = asMentor(me, pairingId);
        mentoring.decide(pairingId, "DECLINED", clock.instant());
        tell(pairing.menteeId(), "Your mentoring request was declined", me.name()
                + " cannot take on your request at the moment. Other mentors are proposed on your mentoring page: " + link("/mentoring"));
    }

    @Transactional
    void close(Viewer me, long pairingId, String feedback) {
        Pairing pairing = mentoring.lockPairing(pairingId).orElseThrow(() -> MentoringNotFound.pairing(pairingId));
        if (pairing.mentorId() != me.id() && pairing.menteeId() != me.id()) {
            throw MentoringNotAllowed.notYourPairing(pairingId);
        }
        if (!pairing.accepted()) {
            return;
        }
        String text = ProfileForm.blankToNull(feedback);
        mentoring.close(pairingId, text == null ? null : text.substring(0, Math.min(text.length(), 2000)), clock.instant());
        long other = pairing.mentorId() == me.id() ? pairing.menteeId() : pairing.mentorId();
        tell(other, "Your mentoring pairing has been closed", me.name() + " has closed your mentoring pairing. Thank you for taking part.");
    }

    Mentoring.Figures figures() {
        return mentoring.figures();
    }

    private Pairing asMentor(Viewer me, long pairingId) {
        Pairing pairing = mentoring.lockPairing(pairingId).orElseThrow(() -> MentoringNotFound.pairing(pairingId));
        if (pairing.mentorId() != me.id()) {
            throw MentoringNotAllowed.answerOnlyByMentor(pairingId);
        }
        if (!pairing.asked()) {
            throw MentoringNotAllowed.alreadyAnswered(pairingId);
        }
        return pairing;
    }

    private String link(String path) {
        return properties.baseUrl().toString().replaceAll("/$", "") + path;
    }

    private void tell(long memberId, String subject, String text) {
        members.find(memberId).filter(m -> m.email() != null).ifPresent(member -> outbox.enqueue(new OutgoingEmail(
                member.email(), subject, "Dear " + member.name() + ",\n\n" + text + "\n\nThe CCIO Network\n")));
    }
}
