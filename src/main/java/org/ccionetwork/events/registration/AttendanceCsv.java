package org.ccionetwork.events.registration;

import java.util.Arrays;
import java.util.List;

import org.ccionetwork.events.registration.RegistrationPages.Attendee;
import org.ccionetwork.shared.Csv;
import org.ccionetwork.shared.Dates;

/**
 * The attendee list as a spreadsheet. {@link #rows} decides what each cell says; {@link #write} hands them to the
 * shared CSV writer, which quotes and defuses formulas. An empty cell is {@code null}, written as nothing (an
 * empty string would be written {@code ""} at the start of a line).
 */
final class AttendanceCsv {

    static final List<String> HEADER = List.of("Name", "Email", "Organisation", "Status", "Registered", "Needs",
            "Checked in");

    private AttendanceCsv() {
    }

    static List<List<String>> rows(List<Attendee> attendees) {
        return attendees.stream().map(a -> Arrays.asList(a.name(), a.email(), a.organisation(),
                a.registration().status().label(), Dates.dateTime(a.registration().registeredAt()),
                a.registration().needs(),
                a.registration().checkedInAt() == null ? null : Dates.dateTime(a.registration().checkedInAt())))
                .toList();
    }

    static String write(List<Attendee> attendees) {
        Csv csv = new Csv(HEADER.toArray(String[]::new));
        rows(attendees).forEach(row -> csv.row(row.toArray()));
        return csv.toString();
    }
}
