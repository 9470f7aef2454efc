package org.ccionetwork.directory;

import java.util.List;

import org.ccionetwork.organisations.Appointment;

/** A profile as the viewer may see it, with the current CCIO appointments they may see. */
public record ListedProfile(ProfileView profile, List<Appointment> appointments) {

    public boolean ccio() {
        return !appointments.isEmpty();
    }
}
