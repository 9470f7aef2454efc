package org.ccionetwork.directory.mentoring;

/** Someone tried a mentoring step that is not theirs to take. Shown as the 403 page. */
public final class MentoringNotAllowed extends RuntimeException {

    private MentoringNotAllowed(String message) {
        super(message, null, false, false);
    }

    public static MentoringNotAllowed offerOnlyByCcios() {
        return new MentoringNotAllowed("Only CCIOs can offer mentoring");
    }

    public static MentoringNotAllowed notYourRequest(long requestId) {
        return new MentoringNotAllowed("Request " + requestId + " is not yours");
    }

    public static MentoringNotAllowed notYourPairing(long pairingId) {
        return new MentoringNotAllowed("Pairing " + pairingId + " is not yours");
    }

    public static MentoringNotAllowed answerOnlyByMentor(long pairingId) {
        return new MentoringNotAllowed("Only the mentor can answer the request of pairing " + pairingId);
    }

    public static MentoringNotAllowed alreadyAnswered(long pairingId) {
        return new MentoringNotAllowed("The request of pairing " + pairingId + " has already been answered");
    }
}
