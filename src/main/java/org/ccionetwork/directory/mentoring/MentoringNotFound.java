package org.ccionetwork.directory.mentoring;

/** No mentoring request or pairing with that number. Shown as the 404 page. */
public final class MentoringNotFound extends RuntimeException {

    private MentoringNotFound(String message) {
        super(message, null, false, false);
    }

    public static MentoringNotFound request(long id) {
        return new MentoringNotFound("No request " + id);
    }

    public static MentoringNotFound pairing(long id) {
        return new MentoringNotFound("No pairing " + id);
    }
}
