package org.ccionetwork.directory.mentoring;

import static org.ccionetwork.directory.mentoring.MentoringService.blankToNull;

import java.time.Clock;
import java.util.Optional;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.MemberSummary;
import org.ccionetwork.directory.mentoring.Matching.Match;
import org.ccionetwork.directory.mentoring.Mentoring.Offer;
import org.ccionetwork.directory.mentoring.Mentoring.Pairing;
import org.ccionetwork.directory.mentoring.Mentoring.Request;
import org.ccionetwork.shared.CcioProperties;
import org.ccionetwork.shared.Outbox;
import org.ccionetwork.shared.OutgoingEmail;
import org.ccionetwork.shared.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pairings: a mentee sends their request to a proposed mentor, who accepts or declines; either side closes it. */
@Service
class PairingService {

    private final MentoringRepository mentoring;
    private final MentoringService matching;
    private final MemberLookup members;
    private final Outbox outbox;
    private final CcioProperties properties;
    private final Clock clock;

    PairingService(MentoringRepository mentoring, MentoringService matching, MemberLookup members, Outbox outbox,
            CcioProperties properties, Clock clock) {
        this.mentoring = mentoring;
        this.matching = matching;
        this.members = members;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
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
        Optional<Match> match = matching.matches(request, me).stream().filter(m -> m.mentor().mentorId() == mentorId).findFirst();
        if (match.isEmpty()) {
            return false;
        }
        String note = blankToNull(message);
        if (note != null && note.length() > 1000) {
            note = note.substring(0, 1000);
        }
        if (!mentoring.insertPairing(requestId, mentorId, me.id(), note, match.get().score())) {
            return true;
        }
        tell(mentorId, "A member asks you to mentor them", me.name() + " would like you to mentor them.\n\nTheir goals:\n"
                + request.goals() + (note == null ? "" : "\n\nTheir message:\n" + note)
                + "\n\nAccept or decline at " + properties.link("/mentoring"));
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
                + "Your pairing is on your mentoring page: " + properties.link("/mentoring"));
        tell(me.id(), "You are now mentoring " + mentee, "You have accepted " + mentee + "'s request for mentoring. "
                + "Your pairing is on your mentoring page: " + properties.link("/mentoring"));
        return true;
    }

    @Transactional
    void decline(Viewer me, long pairingId) {
        Pairing pairing = asMentor(me, pairingId);
        mentoring.decide(pairingId, "DECLINED", clock.instant());
        tell(pairing.menteeId(), "Your mentoring request was declined", me.name()
                + " cannot take on your request at the moment. Other mentors are proposed on your mentoring page: " + properties.link("/mentoring"));
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
        String text = blankToNull(feedback);
        mentoring.close(pairingId, text == null ? null : text.substring(0, Math.min(text.length(), 2000)), clock.instant());
        long other = pairing.mentorId() == me.id() ? pairing.menteeId() : pairing.mentorId();
        tell(other, "Your mentoring pairing has been closed", me.name() + " has closed your mentoring pairing. Thank you for taking part.");
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

    private void tell(long memberId, String subject, String text) {
        members.find(memberId).filter(m -> m.email() != null).ifPresent(member -> outbox.enqueue(new OutgoingEmail(
                member.email(), subject, "Dear " + member.name() + ",\n\n" + text + "\n\nThe CCIO Network\n")));
    }
}
