package org.ccionetwork.directory;

/** No profile with that handle, or one the viewer may not open. Shown as the 404 page. */
public final class ProfileNotFound extends RuntimeException {

    private ProfileNotFound(String message) {
        super(message, null, false, false);
    }

    public static ProfileNotFound forHandle(String handle) {
        return new ProfileNotFound("No profile " + handle);
    }
}
