package org.ccionetwork.organisations;

/** No appointment has the id asked for. */
public final class AppointmentNotFound extends RuntimeException {

    private AppointmentNotFound(String message) {
        super(message, null, false, false);
    }

    public static AppointmentNotFound forId(long id) {
        return new AppointmentNotFound("No appointment #" + id);
    }
}
