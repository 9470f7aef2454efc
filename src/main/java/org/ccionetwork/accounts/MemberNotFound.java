package org.ccionetwork.accounts;

/** No member, or no member who has not been erased, has the id asked for. */
public final class MemberNotFound extends RuntimeException {

    private MemberNotFound(String message) {
        super(message, null, false, false);
    }

    public static MemberNotFound forId(long id) {
        return new MemberNotFound("No member #" + id);
    }
}
